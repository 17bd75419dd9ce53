package os

// Real-Go implementations of govm's os natives (lib/os.c), over the real
// os and syscall packages.

import (
	ros "os"
	"syscall"
)

func errno(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return int(e)
	}
	return int(syscall.EIO)
}

func runtimeArgs() []string { return append([]string(nil), ros.Args...) }
func exit(code int)         { ros.Exit(code) }
func getpid() int           { return ros.Getpid() }
func ids() (int, int, int, int, int) {
	return ros.Getuid(), ros.Geteuid(), ros.Getgid(), ros.Getegid(), ros.Getppid()
}
func hostname() (string, int) {
	h, err := ros.Hostname()
	if err != nil {
		return "", int(syscall.EIO)
	}
	return h, 0
}
func lookupEnv(key string) (string, bool) { return ros.LookupEnv(key) }
func environ() []string                   { return ros.Environ() }
func setenv(k, v string) int              { return errno(syscall.Setenv(k, v)) }
func unsetenv(k string) int               { return errno(syscall.Unsetenv(k)) }
func clearenv()                           { ros.Clearenv() }

func writeFd(fd int, b []byte) (int, int) {
	n := 0
	for n < len(b) {
		m, err := syscall.Write(fd, b[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return n, errno(err)
		}
		n += m
	}
	return n, 0
}

func writeStringFd(fd int, s string) (int, int) { return writeFd(fd, []byte(s)) }

func readFd(fd int, b []byte) (int, int) {
	for {
		n, err := syscall.Read(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, errno(err)
		}
		return n, 0
	}
}

func preadFd(fd int, b []byte, off int64) (int, int) {
	n, err := syscall.Pread(fd, b, off)
	if err != nil {
		return 0, errno(err)
	}
	return n, 0
}

func pwriteFd(fd int, b []byte, off int64) (int, int) {
	n := 0
	for n < len(b) {
		m, err := syscall.Pwrite(fd, b[n:], off+int64(n))
		if err != nil {
			return n, errno(err)
		}
		n += m
	}
	return n, 0
}

func syncFd(fd int) int { return errno(syscall.Fsync(fd)) }

func openFile(name string, flag int, perm uint32) (int, int) {
	fd, err := syscall.Open(name, flag|syscall.O_CLOEXEC, perm)
	if err != nil {
		return -1, errno(err)
	}
	return fd, 0
}

func closeFd(fd int) int { return errno(syscall.Close(fd)) }

func seekFd(fd int, off int64, whence int) (int64, int) {
	p, err := syscall.Seek(fd, off, whence)
	if err != nil {
		return 0, errno(err)
	}
	return p, 0
}

func statResult(st *syscall.Stat_t, err error) (int64, uint32, int64, int64, uint64, uint64, int) {
	if err != nil {
		return 0, 0, 0, 0, 0, 0, errno(err)
	}
	return st.Size, st.Mode, st.Mtim.Sec, st.Mtim.Nsec, st.Dev, st.Ino, 0
}

func statPath(name string, follow bool) (int64, uint32, int64, int64, uint64, uint64, int) {
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(name, &st)
	} else {
		err = syscall.Lstat(name, &st)
	}
	return statResult(&st, err)
}

func statFd(fd int) (int64, uint32, int64, int64, uint64, uint64, int) {
	var st syscall.Stat_t
	return statResult(&st, syscall.Fstat(fd, &st))
}

func readDirFd(fd int) ([]string, []byte, int) {
	d, err := syscall.Dup(fd)
	if err != nil {
		return nil, nil, errno(err)
	}
	f := ros.NewFile(uintptr(d), "")
	defer f.Close()
	ents, err := f.ReadDir(-1)
	if err != nil {
		if pe, ok := err.(*ros.PathError); ok {
			return nil, nil, errno(pe.Err)
		}
		return nil, nil, int(syscall.EIO)
	}
	names := make([]string, len(ents))
	types := make([]byte, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
		switch t := e.Type(); {
		case t.IsDir():
			types[i] = 4
		case t&ros.ModeSymlink != 0:
			types[i] = 10
		case t.IsRegular():
			types[i] = 8
		}
	}
	return names, types, 0
}

func removePath(name string) int {
	e := syscall.Unlink(name)
	if e == nil {
		return 0
	}
	e1 := syscall.Rmdir(name)
	if e1 == nil {
		return 0
	}
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return errno(e)
}

func mkdirPath(name string, perm uint32) int   { return errno(syscall.Mkdir(name, perm)) }
func chdirPath(name string) int                { return errno(syscall.Chdir(name)) }
func chmodPath(name string, mode uint32) int   { return errno(syscall.Chmod(name, mode)) }
func truncatePath(name string, size int64) int { return errno(syscall.Truncate(name, size)) }
func fdOp(fd int, op int, arg int64) int {
	switch op {
	case 0:
		return errno(syscall.Fchmod(fd, uint32(arg)))
	case 1:
		return errno(syscall.Ftruncate(fd, arg))
	case 2:
		return errno(syscall.Fchdir(fd))
	}
	return int(syscall.EINVAL)
}
func linkOp(op int, from, to string) int {
	switch op {
	case 0:
		return errno(syscall.Rename(from, to))
	case 1:
		return errno(syscall.Link(from, to))
	}
	return errno(syscall.Symlink(from, to))
}
func readlinkPath(name string) (string, int) {
	t, err := ros.Readlink(name)
	if err != nil {
		return "", errno(err.(*ros.PathError).Err)
	}
	return t, 0
}
func getwd() (string, int) {
	d, err := syscall.Getwd()
	return d, errno(err)
}
