// Package os gives portable access to the operating system: files and
// directories, the standard files, the program's arguments and
// environment, and exiting.
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

// System-independent forms of frequent system call errors.
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

// PathError is fs.PathError: an error with its operation and path.
type PathError = fs.PathError

// FileInfo is fs.FileInfo, what Stat and Lstat return.
type FileInfo = fs.FileInfo

// FileMode is fs.FileMode: type and permission bits.
type FileMode = fs.FileMode

// DirEntry is fs.DirEntry, what ReadDir and File.ReadDir return.
type DirEntry = fs.DirEntry

// The FileMode bits, as defined by io/fs.
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

// OpenFile flags, the system's own values.
const (
	// One access mode, exactly:
	O_RDONLY int = syscall.O_RDONLY // reading only
	O_WRONLY int = syscall.O_WRONLY // writing only
	O_RDWR   int = syscall.O_RDWR   // reading and writing
	// Options, to be or'ed with it:
	O_APPEND int = syscall.O_APPEND // every write goes to the end
	O_CREATE int = syscall.O_CREAT  // make the file if it is missing
	O_EXCL   int = syscall.O_EXCL   // with O_CREATE: fail if the file exists
	O_SYNC   int = syscall.O_SYNC   // writes reach the disk before returning
	O_TRUNC  int = syscall.O_TRUNC  // empty a regular file when opening it for writing
)

// Old names of the whence values of Seek.
//
// Deprecated: use io.SeekStart, io.SeekCurrent and io.SeekEnd.
const (
	SEEK_SET int = 0 // from the start
	SEEK_CUR int = 1 // from the current offset
	SEEK_END int = 2 // from the end
)

const (
	PathSeparator     = '/' // separates the elements of a path
	PathListSeparator = ':' // separates the paths of a list such as $PATH
)

// DevNull names the device that discards writes and is always at EOF.
const DevNull = "/dev/null"

// IsPathSeparator reports whether c separates path elements ('/').
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// LinkError is the error of Link, Symlink or Rename, with the operation
// and both paths.
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

// SyscallError is an error together with the system call that gave it.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error says it is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError wraps err in a *SyscallError naming syscall; a nil err
// gives nil.
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

// IsExist reports whether err (or the error a *PathError, *LinkError or
// *SyscallError wraps) means that a file already exists.
func IsExist(err error) bool { return underlyingIs(err, oserror.ErrExist) }

// IsNotExist is IsExist for a missing file or directory.
func IsNotExist(err error) bool { return underlyingIs(err, oserror.ErrNotExist) }

// IsPermission is IsExist for a denied permission.
func IsPermission(err error) bool { return underlyingIs(err, oserror.ErrPermission) }

// IsTimeout is IsExist for a timeout.
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

// Args holds the program name followed by its command-line arguments.
var Args []string = runtimeArgs()

// Exit ends the program at once with status code (0 by convention for
// success); deferred calls do not run.
func Exit(code int) {
	exit(code)
}

// Getpid returns the process ID.
func Getpid() int { return getpid() }

// Getppid returns the parent process's ID.
func Getppid() int {
	_, _, _, _, p := ids()
	return p
}

// Getuid returns the real user ID.
func Getuid() int {
	u, _, _, _, _ := ids()
	return u
}

// Geteuid returns the effective user ID.
func Geteuid() int {
	_, u, _, _, _ := ids()
	return u
}

// Getgid returns the real group ID.
func Getgid() int {
	_, _, gid, _, _ := ids()
	return gid
}

// Getegid returns the effective group ID.
func Getegid() int {
	_, _, _, gid, _ := ids()
	return gid
}

// Hostname returns the machine's name, as gethostname(2) gives it.
func Hostname() (name string, err error) {
	name, e := hostname()
	if e != 0 {
		return "", NewSyscallError("gethostname", syscall.Errno(e))
	}
	return name, nil
}

// Getpagesize returns the memory page size (4096 in govm).
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
