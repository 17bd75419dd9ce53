// Errors from os functions: *PathError and *LinkError messages, and
// errors.Is / os.IsNotExist / os.IsExist / os.IsPermission on them,
// including syscall.Errno values.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	dir, _ := os.MkdirTemp("", "golden-errs-")
	defer os.RemoveAll(dir)
	_, err := os.Open(dir + "/absent")
	fmt.Println(err != nil, errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrExist), os.IsNotExist(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path == dir+"/absent", pe.Err)
	fmt.Printf("%T %v %v\n", pe.Err, pe.Err == syscall.ENOENT, errors.Is(pe.Err, fs.ErrNotExist))

	os.Mkdir(dir+"/d", 0755)
	err = os.Mkdir(dir+"/d", 0755)
	fmt.Println(os.IsExist(err), errors.Is(err, fs.ErrExist))
	fmt.Println(err.(*fs.PathError).Op, err.(*fs.PathError).Err)

	os.WriteFile(dir+"/d/f", []byte("x"), 0644)
	err = os.Remove(dir + "/d")
	fmt.Println(err.(*fs.PathError).Err, os.IsExist(err))
	_, err = os.ReadFile(dir + "/d")
	fmt.Println(err.(*fs.PathError).Op, err.(*fs.PathError).Err)
	err = os.Rename(dir+"/nope", dir+"/other")
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op, le.Err, os.IsNotExist(err))
	_, err = os.Open(dir + "/d/f/x")
	fmt.Println(err.(*fs.PathError).Err)

	fmt.Println(os.IsNotExist(nil), os.IsNotExist(fs.ErrNotExist), os.IsPermission(fs.ErrPermission), os.IsExist(errors.New("file already exists")))
	fmt.Println(syscall.ENOENT, syscall.EACCES, syscall.EEXIST, syscall.Errno(0x1234), errors.Is(syscall.EACCES, fs.ErrPermission))
	fmt.Println(fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, fs.ErrClosed, fs.ErrInvalid)
	var f *os.File
	_, err = f.Read(nil)
	fmt.Println(err, err == os.ErrInvalid)
}

// Output:
// true true false true
// true open true no such file or directory
// syscall.Errno true true
// true true
// mkdir file exists
// directory not empty true
// read is a directory
// true rename no such file or directory true
// not a directory
// false true true false
// no such file or directory permission denied file exists errno 4660 true
// file does not exist file already exists permission denied file already closed invalid argument
// invalid argument true
