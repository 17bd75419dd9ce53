// Package os provides a platform-independent interface to operating system
// functionality: files and directories, the standard files, the program's
// arguments and environment, and exiting.
//
// The natives (body-less functions) are implemented in lib/os.c over
// POSIX calls, which report errno values; the Go code wraps them in
// *PathError, *LinkError and *SyscallError values with syscall.Errno
// causes, so errors.Is(err, fs.ErrNotExist) and os.IsNotExist work as in
// Go. Output written to Stdout goes through the VM's output stream
// (buffered); Exit flushes it and ends the program without returning.
//
// Deviations: FileInfo.Sys returns nil (not a *syscall.Stat_t); Getwd
// returns getcwd(3)'s answer without consulting $PWD; the standard files
// are never really closed (Close marks them closed, later writes fail).
package os

import (
	"errors"
	"internal/oserror"
	"io/fs"
	"syscall"
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// PathError records an error and the operation and file path that caused
// it.
type PathError = fs.PathError

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory (using the ReadDir function
// or a File.ReadDir method).
type DirEntry = fs.DirEntry

// The defined file mode bits are the most significant bits of the
// FileMode.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// Flags to OpenFile wrapping those of the underlying system. Not all flags
// may be implemented on a given system.
const (
	// Exactly one of O_RDONLY, O_WRONLY, or O_RDWR must be specified.
	O_RDONLY int = syscall.O_RDONLY // open the file read-only.
	O_WRONLY int = syscall.O_WRONLY // open the file write-only.
	O_RDWR   int = syscall.O_RDWR   // open the file read-write.
	// The remaining values may be or'ed in to control behavior.
	O_APPEND int = syscall.O_APPEND // append data to the file when writing.
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists.
	O_EXCL   int = syscall.O_EXCL   // used with O_CREATE, file must not exist.
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O.
	O_TRUNC  int = syscall.O_TRUNC  // truncate regular writable file when opened.
)

// Seek whence values.
//
// Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// LinkError records an error during a link or symlink or rename system
// call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. As a convenience, if err is nil,
// NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// underlying returns the error wrapped by a *PathError, *LinkError or
// *SyscallError (one level), else err.
func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingIs(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist returns a boolean indicating whether the error is known to
// report that a file or directory already exists.
func IsExist(err error) bool { return underlyingIs(err, oserror.ErrExist) }

// IsNotExist returns a boolean indicating whether the error is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingIs(err, oserror.ErrNotExist) }

// IsPermission returns a boolean indicating whether the error is known to
// report that permission is denied.
func IsPermission(err error) bool { return underlyingIs(err, oserror.ErrPermission) }

// IsTimeout returns a boolean indicating whether the error is known to
// report that a timeout occurred.
func IsTimeout(err error) bool {
	t, ok := underlying(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// errnoErr converts a native's errno result.
func errnoErr(e int) error {
	if e == 0 {
		return nil
	}
	return syscall.Errno(e)
}

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int) {
	exit(code)
}

// Getpid returns the process id of the caller.
func Getpid() int { return getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int {
	_, _, _, _, p := ids()
	return p
}

// Getuid returns the numeric user id of the caller.
func Getuid() int {
	u, _, _, _, _ := ids()
	return u
}

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int {
	_, u, _, _, _ := ids()
	return u
}

// Getgid returns the numeric group id of the caller.
func Getgid() int {
	_, _, gid, _, _ := ids()
	return gid
}

// Getegid returns the numeric effective group id of the caller.
func Getegid() int {
	_, _, _, gid, _ := ids()
	return gid
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := hostname()
	if e != 0 {
		return "", NewSyscallError("gethostname", syscall.Errno(e))
	}
	return name, nil
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// natives (lib/os.c)

func runtimeArgs() []string
func exit(code int)
func getpid() int
func ids() (uid, euid, gid, egid, ppid int)
func hostname() (name string, errno int)
func lookupEnv(key string) (string, bool)
func environ() []string
func setenv(key, value string) (errno int)
func unsetenv(key string) (errno int)
func clearenv()
func writeFd(fd int, b []byte) (n int, errno int)
func writeStringFd(fd int, s string) (n int, errno int)
func readFd(fd int, b []byte) (n int, errno int)
func preadFd(fd int, b []byte, off int64) (n int, errno int)
func pwriteFd(fd int, b []byte, off int64) (n int, errno int)
func syncFd(fd int) (errno int)
func openFile(name string, flag int, perm uint32) (fd int, errno int)
func closeFd(fd int) (errno int)
func seekFd(fd int, off int64, whence int) (pos int64, errno int)
func statPath(name string, follow bool) (size int64, mode uint32, mtime, mtimeNsec int64, dev, ino uint64, errno int)
func statFd(fd int) (size int64, mode uint32, mtime, mtimeNsec int64, dev, ino uint64, errno int)
func readDirFd(fd int) (names []string, types []byte, errno int)
func removePath(name string) (errno int)
func mkdirPath(name string, perm uint32) (errno int)
func chdirPath(name string) (errno int)
func chmodPath(name string, mode uint32) (errno int)
func truncatePath(name string, size int64) (errno int)
func fdOp(fd int, op int, arg int64) (errno int)
func linkOp(op int, oldname, newname string) (errno int)
func readlinkPath(name string) (target string, errno int)
func getwd() (dir string, errno int)
