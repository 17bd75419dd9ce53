package os

import (
	"errors"
	"io"
	"sort"
	"syscall"
	"time"
)

// Open opens the named file for reading. If successful, methods on the
// returned file can be used for reading; the associated file descriptor
// has mode O_RDONLY. If there is an error, it will be of type *PathError.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file. If the file already exists,
// it is truncated. If the file does not exist, it is created with mode
// 0666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call; most users will use Open or
// Create instead. It opens the named file with specified flag (O_RDONLY
// etc.). If the file does not exist, and the O_CREATE flag is passed, it
// is created with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := openFile(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(e)}
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

// ReadFile reads the named file and returns the contents. A successful
// call returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The buffer starts at the file's size plus one (so that the final
	// read sees the end), at least 512 bytes, as Go's does.
	size := 0
	if info, err := f.Stat(); err == nil {
		size = int(info.Size())
	}
	size++
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary. If
// the file does not exist, WriteFile creates it with permissions perm
// (before umask); otherwise WriteFile truncates it before writing, without
// changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Stat returns a FileInfo describing the named file. If there is an error,
// it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	size, mode, mt, mtn, dev, ino, e := statPath(name, true)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: syscall.Errno(e)}
	}
	return newFileStat(basename(name), size, mode, mt, mtn, dev, ino), nil
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link.
func Lstat(name string) (FileInfo, error) {
	size, mode, mt, mtn, dev, ino, e := statPath(name, false)
	if e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: syscall.Errno(e)}
	}
	return newFileStat(basename(name), size, mode, mt, mtn, dev, ino), nil
}

// Remove removes the named file or (empty) directory. If there is an
// error, it will be of type *PathError.
func Remove(name string) error {
	if e := removePath(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// RemoveAll removes path and any children it contains. It removes
// everything it can but returns the first error it encounters. If the path
// does not exist, RemoveAll returns nil (no error). If there is an error,
// it will be of type *PathError.
//
// As in Go, a plain Remove is tried first; failures while removing the
// contents are reported as "unlinkat" errors with the full path (Go uses
// the *at system calls; govm removes by path).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/' {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	return removeContents(path, err)
}

// removeContents removes a directory's entries and then the directory;
// rmErr is why a plain Remove of path failed.
func removeContents(path string, rmErr error) error {
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return &PathError{Op: "unlinkat", Path: path, Err: underlying(err)}
	}
	if !fi.IsDir() {
		return &PathError{Op: "unlinkat", Path: path, Err: underlying(rmErr)}
	}
	var first error
	f, err := Open(path)
	if err != nil {
		return &PathError{Op: "openfdat", Path: path, Err: underlying(err)}
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	for _, name := range names {
		child := path + "/" + name
		if err := Remove(child); err != nil && !IsNotExist(err) {
			if err := removeContents(child, err); err != nil && first == nil {
				first = err
			}
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = &PathError{Op: "unlinkat", Path: path, Err: underlying(err)}
	}
	return first
}

// Rename renames (moves) oldpath to newpath. If newpath already exists
// and is not a directory, Rename replaces it. If there is an error, it
// will be of type *LinkError.
func Rename(oldpath, newpath string) error {
	// Like Go's: renaming onto an existing directory fails with EEXIST
	// (rename(2) would replace an empty one), unless both names are the
	// same file under different names; a bad oldpath is reported first.
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		ofi, err := Lstat(oldpath)
		if err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		}
		if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := linkOp(0, oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file. If there is an
// error, it will be of type *LinkError.
func Link(oldname, newname string) error {
	if e := linkOp(1, oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname. If there is an
// error, it will be of type *LinkError.
func Symlink(oldname, newname string) error {
	if e := linkOp(2, oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link. If there is
// an error, it will be of type *PathError.
func Readlink(name string) (string, error) {
	t, e := readlinkPath(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: syscall.Errno(e)}
	}
	return t, nil
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask). If there is an error, it will be of type
// *PathError.
func Mkdir(name string, perm FileMode) error {
	if e := mkdirPath(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error. The permission bits
// perm (before umask) are used for all directories that MkdirAll creates.
// If path is already a directory, MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// Make the parent first: the path up to its last element.
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// "foo/." and the like: fine if the directory exists now.
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Chmod changes the mode of the named file to mode. If the file is a
// symbolic link, it changes the mode of the link's target.
func Chmod(name string, mode FileMode) error {
	if e := chmodPath(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Truncate changes the size of the named file. If the file is a symbolic
// link, it changes the size of the link's target.
func Truncate(name string, size int64) error {
	if e := truncatePath(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Chdir changes the current working directory to the named directory. If
// there is an error, it will be of type *PathError.
func Chdir(dir string) error {
	if e := chdirPath(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.Errno(e)}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	d, e := getwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(e))
	}
	return d, nil
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename. If an error occurs reading the directory, ReadDir
// returns the entries it was able to read before the error, along with the
// error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// TempDir returns the default directory to use for temporary files: $TMPDIR
// if non-empty, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// tempRand is the state of the generator of temporary names.
var tempRand uint64

func nextRandom() string {
	if tempRand == 0 {
		tempRand = uint64(time.Now().UnixNano()) ^ uint64(Getpid())<<32 | 1
	}
	tempRand ^= tempRand << 13
	tempRand ^= tempRand >> 7
	tempRand ^= tempRand << 17
	return uitoa(uint(uint32(tempRand)))
}

func uitoa(v uint) string {
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

// prefixAndSuffix splits pattern by the last wildcard "*", if applicable,
// returning prefix as the part before "*" and suffix as the part after
// "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	if pos := lastIndexByte(pattern, '*'); pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// CreateTemp creates a new temporary file in the directory dir, opens the
// file for reading and writing, and returns the resulting file. The
// filename is generated by taking pattern and adding a random string to
// the end. If pattern includes a "*", the random string replaces the last
// "*". If dir is the empty string, CreateTemp uses the default directory
// for temporary files, as returned by TempDir.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir and
// returns the pathname of the new directory. The new directory's name is
// generated by adding a random string to the end of pattern. If pattern
// includes a "*", the random string replaces the last "*" instead. If dir
// is the empty string, MkdirTemp uses the default directory for temporary
// files, as returned by TempDir.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}
