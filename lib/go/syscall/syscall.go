// Package syscall holds what govm's os package shares with programs of
// the operating system interface: error numbers (Errno) and the open(2)
// flags, with Linux's values. The system calls themselves are natives of
// package os (lib/os.c).
package syscall

import (
	"errors"
	"internal/oserror"
)

// Errno is a system error number, usable as an error. 0 means success,
// so convert an Errno to an error only when it is non-zero (a zero Errno
// stored in an error would make the error non-nil).
type Errno uintptr

func (e Errno) Error() string {
	if s := errorstr(e); s != "" {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e matches one of the portable errors of package os
// (and io/fs): ErrPermission, ErrExist, ErrNotExist, or errors'
// ErrUnsupported.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errorsErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

var errorsErrUnsupported = errors.ErrUnsupported

// Temporary reports whether retrying the failed call may succeed
// (EINTR, EMFILE, ENFILE, or a timeout).
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether e means that something timed out (EAGAIN,
// EWOULDBLOCK or ETIMEDOUT).
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// Flags of open(2) (Linux values).
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_APPEND    = 0x400
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200
	O_NONBLOCK  = 0x800
	O_CLOEXEC   = 0x80000
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
)

// File mode bits of stat(2).
const (
	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
)

// Seek whence values.
const (
	SEEK_SET = 0
	SEEK_CUR = 1
	SEEK_END = 2
)
