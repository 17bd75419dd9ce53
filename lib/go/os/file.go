package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// File is an open file, wrapping a Unix file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dir        *dirState // entries of a directory being read
}

// dirState holds the entries of a directory read by ReadDir, Readdir or
// Readdirnames: read all at the first call, handed out in order.
type dirState struct {
	names []string
	types []byte
}

// Files for the process's descriptors 0, 1 and 2.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile wraps the open descriptor fd in a File called name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name f was opened (or created) with.
func (f *File) Name() string { return f.name }

// Fd returns f's Unix file descriptor; for a closed or nil f it returns
// ^uintptr(0).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	if f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid reports why f cannot be used for op, if it cannot.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: syscall.Errno(e)}
}

// Read reads at most len(b) bytes into b and returns the count and any
// error; at the end of the file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := readFd(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt fills b from byte offset off without moving the file offset. A
// short read always comes with an error, io.EOF when the file ended.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := preadFd(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes b to the file and returns the count; anything short of
// len(b) comes with an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := writeFd(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("write", e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is Write for a string.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := writeStringFd(f.fd, s)
	if e != 0 {
		return n, f.wrapErr("write", e)
	}
	if n != len(s) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes b at byte offset off without moving the file offset and
// returns the count and any error. Files opened with O_APPEND refuse it.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, e := pwriteFd(f.fd, b, off)
	return n, f.wrapErr("write", e)
}

// Seek moves the file offset to offset counted from the start (whence 0),
// the current offset (1) or the end (2), and returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	f.dir = nil
	pos, e := seekFd(f.fd, offset, whence)
	if e != 0 {
		return 0, f.wrapErr("seek", e)
	}
	return pos, nil
}

// Close closes f; no I/O is possible afterwards. Closing twice is an
// error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if f.fd <= 2 {
		// The VM keeps using the standard descriptors.
		return nil
	}
	return f.wrapErr("close", closeFd(f.fd))
}

// Sync asks the system to write f's data through to the disk.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", syncFd(f.fd))
}

// Stat returns f's FileInfo.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	size, mode, mt, mtn, dev, ino, e := statFd(f.fd)
	if e != 0 {
		return nil, f.wrapErr("stat", e)
	}
	return newFileStat(basename(f.name), size, mode, mt, mtn, dev, ino), nil
}

// Truncate sets the file's size to size; the file offset stays.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", fdOp(f.fd, 1, size))
}

// Chmod sets f's permission (and mode) bits to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", fdOp(f.fd, 0, int64(syscallMode(mode))))
}

// Chdir makes the directory f the working directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", fdOp(f.fd, 2, 0))
}

// readDirEntries returns up to n (all if n <= 0) more entries.
func (f *File) readDirEntries(op string, n int) (names []string, types []byte, err error) {
	if err := f.checkValid(op); err != nil {
		return nil, nil, err
	}
	if f.dir == nil {
		ns, ts, e := readDirFd(f.fd)
		if e != 0 {
			return nil, nil, f.wrapErr(op, e)
		}
		f.dir = &dirState{ns, ts}
	}
	d := f.dir
	if n <= 0 || n > len(d.names) {
		n = len(d.names)
	}
	names, types = d.names[:n], d.types[:n]
	d.names, d.types = d.names[n:], d.types[n:]
	return names, types, nil
}

// ReadDir returns entries of the directory f in the order the directory
// lists them, continuing where the previous call stopped. With n > 0 it
// returns at most n entries, and an empty result always comes with an
// error (io.EOF once the directory is exhausted). With n <= 0 it returns
// all remaining entries, with a nil error on success.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, types, err := f.readDirEntries("readdirent", n)
	if err != nil {
		return nil, err
	}
	entries := make([]DirEntry, 0, len(names))
	for i, name := range names {
		entries = append(entries, &dirEntry{dir: f.name, name: name, typ: dtToMode(types[i])})
	}
	if n > 0 && len(entries) == 0 {
		return entries, io.EOF
	}
	return entries, nil
}

// Readdir is ReadDir returning each entry's Lstat information.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, _, err := f.readDirEntries("readdirent", n)
	if err != nil {
		return nil, err
	}
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		fi, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue // removed since the directory was read
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, fi)
	}
	if n > 0 && len(infos) == 0 {
		return infos, io.EOF
	}
	return infos, nil
}

// Readdirnames is ReadDir returning only the entries' names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, _, err = f.readDirEntries("readdirent", n)
	if err != nil {
		return nil, err
	}
	if names == nil {
		names = []string{}
	}
	if n > 0 && len(names) == 0 {
		return names, io.EOF
	}
	return names, nil
}

// dtToMode converts a dirent d_type to the file type bits.
func dtToMode(t byte) FileMode {
	switch t {
	case 1: // DT_FIFO
		return ModeNamedPipe
	case 2: // DT_CHR
		return ModeDevice | ModeCharDevice
	case 4: // DT_DIR
		return ModeDir
	case 6: // DT_BLK
		return ModeDevice
	case 8: // DT_REG
		return 0
	case 10: // DT_LNK
		return ModeSymlink
	case 12: // DT_SOCK
		return ModeSocket
	}
	return ^FileMode(0) // unknown: Type asks Lstat
}

// dirEntry is a DirEntry of a directory read by ReadDir.
type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string { return d.name }

func (d *dirEntry) IsDir() bool { return d.Type().IsDir() }

func (d *dirEntry) Type() FileMode {
	if d.typ == ^FileMode(0) {
		fi, err := Lstat(d.dir + "/" + d.name)
		if err != nil {
			return 0
		}
		d.typ = fi.Mode().Type()
	}
	return d.typ
}

func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.dir + "/" + d.name) }

func (d *dirEntry) String() string { return fs.FormatDirEntry(d) }

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name     string
	size     int64
	mode     FileMode
	modTime  time.Time
	dev, ino uint64 // identify the file for SameFile
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// newFileStat converts stat(2) results.
func newFileStat(name string, size int64, m uint32, mt, mtn int64, dev, ino uint64) *fileStat {
	mode := FileMode(m & 0777)
	switch m & syscall.S_IFMT {
	case syscall.S_IFBLK:
		mode |= ModeDevice
	case syscall.S_IFCHR:
		mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		mode |= ModeDir
	case syscall.S_IFIFO:
		mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		mode |= ModeSymlink
	case syscall.S_IFSOCK:
		mode |= ModeSocket
	}
	if m&syscall.S_ISGID != 0 {
		mode |= ModeSetgid
	}
	if m&syscall.S_ISUID != 0 {
		mode |= ModeSetuid
	}
	if m&syscall.S_ISVTX != 0 {
		mode |= ModeSticky
	}
	return &fileStat{name: name, size: size, mode: mode, modTime: time.Unix(mt, mtn), dev: dev, ino: ino}
}

// SameFile reports whether fi1 and fi2 have the same device and inode.
// Both must come from this package's Stat functions; for other FileInfos
// it reports false.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// syscallMode converts a FileMode to open(2)/chmod(2) mode bits.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// basename returns name's last element, ignoring trailing slashes.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}
