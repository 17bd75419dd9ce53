package os

import (
	"errors"
	"io"
	"syscall"
	"time"
)

// Open opens name read-only (OpenFile with O_RDONLY). Errors are
// *PathError.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create opens name for reading and writing, emptying it if it exists and
// making it with permissions 0666 (less the umask) if not.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens name with the O_* flags in flag; with O_CREATE a missing
// file is made with permissions perm less the umask. Open and Create are
// the usual shorthands. Errors are *PathError.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := openFile(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(e)}
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

// ReadFile returns the whole contents of the file name; reaching the end
// is success, so err is nil then, never io.EOF.
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

// WriteFile replaces the contents of the file name by data. An existing
// file is emptied first and keeps its permissions; a missing one is made
// with permissions perm less the umask.
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

// Stat returns the FileInfo of name, following symbolic links. Errors are
// *PathError.
func Stat(name string) (FileInfo, error) {
	size, mode, mt, mtn, dev, ino, e := statPath(name, true)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: syscall.Errno(e)}
	}
	return newFileStat(basename(name), size, mode, mt, mtn, dev, ino), nil
}

// Lstat is Stat except that a symbolic link is described itself, not
// followed.
func Lstat(name string) (FileInfo, error) {
	size, mode, mt, mtn, dev, ino, e := statPath(name, false)
	if e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: syscall.Errno(e)}
	}
	return newFileStat(basename(name), size, mode, mt, mtn, dev, ino), nil
}

// Remove deletes the file or empty directory name. Errors are *PathError.
func Remove(name string) error {
	if e := removePath(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// RemoveAll deletes path and, for a directory, everything below it. It
// goes on after failures and returns the first (a *PathError); a missing
// path is not an error.
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

// Rename moves oldpath to newpath, replacing an existing newpath unless
// that is a directory. Errors are *LinkError.
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

// Link makes newname a hard link to the file oldname. Errors are
// *LinkError.
func Link(oldname, newname string) error {
	if e := linkOp(1, oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Symlink makes newname a symbolic link pointing to oldname. Errors are
// *LinkError.
func Symlink(oldname, newname string) error {
	if e := linkOp(2, oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Readlink returns the target of the symbolic link name. Errors are
// *PathError.
func Readlink(name string) (string, error) {
	t, e := readlinkPath(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: syscall.Errno(e)}
	}
	return t, nil
}

// Mkdir makes the directory name with permissions perm less the umask.
// Errors are *PathError.
func Mkdir(name string, perm FileMode) error {
	if e := mkdirPath(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// MkdirAll makes the directory path and any missing parents, each with
// permissions perm less the umask. An existing directory path is success;
// an existing non-directory is an error.
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

// Chmod sets the permission (and mode) bits of name, following a
// symbolic link to its target.
func Chmod(name string, mode FileMode) error {
	if e := chmodPath(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Truncate sets the size of name, following a symbolic link to its
// target.
func Truncate(name string, size int64) error {
	if e := truncatePath(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Chdir makes dir the working directory. Errors are *PathError.
func Chdir(dir string) error {
	if e := chdirPath(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.Errno(e)}
	}
	return nil
}

// Getwd returns the absolute path of the working directory.
func Getwd() (dir string, err error) {
	d, e := getwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(e))
	}
	return d, nil
}

// ReadDir lists the directory name, sorted by file name. After a failure
// part-way it returns what it read so far together with the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sortByName(dirs)
	return dirs, err
}

// sortByName sorts entries by name (a heap sort: os does not import sort,
// which would cost every program that imports fmt its start-up time).
func sortByName(d []DirEntry) {
	sift := func(root, n int) {
		for {
			child := 2*root + 1
			if child >= n {
				return
			}
			if child+1 < n && d[child].Name() < d[child+1].Name() {
				child++
			}
			if d[root].Name() >= d[child].Name() {
				return
			}
			d[root], d[child] = d[child], d[root]
			root = child
		}
	}
	for i := len(d)/2 - 1; i >= 0; i-- {
		sift(i, len(d))
	}
	for i := len(d) - 1; i > 0; i-- {
		d[0], d[i] = d[i], d[0]
		sift(0, i)
	}
}

// TempDir returns where temporary files go by default: $TMPDIR when set
// and non-empty, otherwise /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME, or an error when it is empty or unset.
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

// prefixAndSuffix cuts pattern at its last "*" (if any) into the text
// before and after it.
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

// CreateTemp makes a new file in dir (TempDir() when dir is "") and
// returns it open for reading and writing. Its name is pattern with a
// random string put in place of the last "*", or appended when pattern
// has no "*".
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

// MkdirTemp makes a new directory in dir (TempDir() when dir is "") and
// returns its path, naming it as CreateTemp names files.
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
