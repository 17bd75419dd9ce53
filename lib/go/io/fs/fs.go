// Package fs defines basic interfaces to a file system: the file
// information (FileInfo, FileMode, DirEntry), the errors shared with
// package os, and the FS interfaces with WalkDir.
package fs

import (
	"errors"
	"internal/oserror"
	"time"
)

// Errors shared by all file systems; test for them with errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// PathError is an error together with the operation and the path it
// happened on.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error says it is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// FileInfo is what Stat says about a file.
type FileInfo interface {
	Name() string       // last element of the path
	Size() int64        // bytes in a regular file; for others it depends on the system
	Mode() FileMode     // type and permission bits
	ModTime() time.Time // when the file was last modified
	IsDir() bool        // Mode().IsDir()
	Sys() any           // system-specific data, possibly nil
}

// FileMode holds a file's type bits and Unix permission bits.
type FileMode uint32

// The type and mode bits occupy the top of a FileMode; the nine lowest
// bits are the Unix rwxrwxrwx permissions. The letter starting each comment
// is what String shows for the bit.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: directory
	ModeAppend                                     // a: writes only append
	ModeExclusive                                  // l: one user at a time
	ModeTemporary                                  // T: temporary (Plan 9)
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device
	ModeNamedPipe                                  // p: FIFO
	ModeSocket                                     // S: Unix socket
	ModeSetuid                                     // u: set-user-ID
	ModeSetgid                                     // g: set-group-ID
	ModeCharDevice                                 // c: character device (together with ModeDevice)
	ModeSticky                                     // t: sticky bit
	ModeIrregular                                  // ?: not a regular file, of unknown type

	// All the type bits; a regular file has none of them.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // the rwxrwxrwx bits
)

func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	b := make([]byte, 0, 22)
	for i, c := range letters {
		if m&(1<<uint(31-i)) != 0 {
			b = append(b, byte(c))
		}
	}
	if len(b) == 0 {
		b = append(b, '-')
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			b = append(b, rwx[i])
		} else {
			b = append(b, '-')
		}
	}
	return string(b)
}

// IsDir reports whether m has ModeDir set.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m has no type bits, as a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns m & ModePerm, the permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns m & ModeType, the type bits.
func (m FileMode) Type() FileMode { return m & ModeType }

// DirEntry is one entry of a directory listing.
type DirEntry interface {
	// Name returns the entry's own name, without any directory part.
	Name() string
	// IsDir reports whether the entry is a directory.
	IsDir() bool
	// Type returns the entry's FileMode type bits.
	Type() FileMode
	// Info returns the entry's FileInfo.
	Info() (FileInfo, error)
}

// FileInfoToDirEntry wraps info as a DirEntry, or returns nil for a nil
// info.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{info}
}

type dirInfo struct{ fileInfo FileInfo }

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
func (di dirInfo) String() string          { return FormatDirEntry(di) }

// FormatFileInfo describes info on one line for people to read, as in
// "-rw-r--r-- 100 2023-01-02 15:04:05 name".
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var usize uint64
	if size >= 0 {
		usize = uint64(size)
	} else {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var buf [20]byte
	i := len(buf) - 1
	for usize >= 10 {
		q := usize / 10
		buf[i] = byte('0' + usize - q*10)
		i--
		usize = q
	}
	buf[i] = byte('0' + usize)
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry describes dir for people to read, as in "d subdir/" or
// "- hello.go".
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9] // the type letters only
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// ValidPath reports whether name is acceptable to FS.Open: slash-separated
// elements such as "x/y/z", with no leading slash and no empty, "." or
// ".." element; the root itself is written ".".
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// FS is a tree of files that can be opened by path.
type FS interface {
	// Open returns the file at path name.
	Open(name string) (File, error)
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// ReadDirFile is an open directory that can list its entries.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// SkipDir, returned by a WalkDirFunc, tells the walk to leave out the
// directory of that call (or the rest of the directory holding that file).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, ends the walk without an error.
var SkipAll = errors.New("skip everything and stop the walk")

// WalkDirFunc is the callback WalkDir calls for every file and directory
// it reaches.
type WalkDirFunc func(path string, d DirEntry, err error) error
