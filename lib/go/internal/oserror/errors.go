// Package oserror holds the generic file errors of package os, in a
// package of their own so that io/fs, os and syscall can all refer to
// them (they cannot import one another).
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
