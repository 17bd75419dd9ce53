// Package os provides a platform-independent interface to operating system
// functionality: the standard files, the program's arguments and
// environment, and exiting.
//
// The natives (body-less functions) are implemented in lib/os.c. Output
// written to Stdout goes through the VM's output stream (buffered); Exit
// flushes it and ends the program without returning.
package os

import (
	"errors"
	"io"
)

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// ErrClosed and friends are the portable errors of file operations.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused
// it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

type syscallError struct{ msg string }

func (e *syscallError) Error() string { return e.msg }

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil || f.fd < 0 {
		return ErrInvalid
	}
	return nil
}

func (f *File) wrapErr(op string, msg string) error {
	return &PathError{Op: op, Path: f.name, Err: &syscallError{msg}}
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, msg := writeFd(f.fd, b)
	if msg != "" {
		return n, f.wrapErr("write", msg)
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, msg := writeStringFd(f.fd, s)
	if msg != "" {
		return n, f.wrapErr("write", msg)
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File and stores them in b. At end
// of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, msg := readFd(f.fd, b)
	if msg != "" {
		return n, f.wrapErr("read", msg)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File. The standard files stay usable by the VM.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.fd = -1
	return nil
}

// Sync commits the file's buffered output.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	syncFd(f.fd)
	return nil
}

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int) {
	exit(code)
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := lookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true.
func LookupEnv(key string) (string, bool) {
	return lookupEnv(key)
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string {
	return environ()
}

// Getpid returns the process id of the caller.
func Getpid() int { return getpid() }

// natives (lib/os.c)

func runtimeArgs() []string
func exit(code int)
func writeFd(fd int, b []byte) (n int, errmsg string)
func writeStringFd(fd int, s string) (n int, errmsg string)
func readFd(fd int, b []byte) (n int, errmsg string)
func syncFd(fd int)
func lookupEnv(key string) (string, bool)
func environ() []string
func getpid() int
