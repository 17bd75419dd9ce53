// os.Truncate, File.Truncate, Chmod, Link and Symlink with Readlink and
// Lstat, and errors for missing targets.
package main

import (
	"fmt"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "golden-trunc-")
	defer os.RemoveAll(dir)
	p := dir + "/f"
	os.WriteFile(p, []byte("0123456789"), 0644)
	fmt.Println(os.Truncate(p, 4))
	b, _ := os.ReadFile(p)
	fmt.Printf("%q\n", b)
	fmt.Println(os.Truncate(p, 8))
	b, _ = os.ReadFile(p)
	fmt.Printf("%q\n", b)
	fmt.Println(os.Chmod(p, 0400))
	st, _ := os.Stat(p)
	fmt.Println(st.Mode())
	os.Chmod(p, 0644)
	fmt.Println(os.Link(p, dir+"/hard"))
	os.WriteFile(dir+"/hard", []byte("shared"), 0644)
	b, _ = os.ReadFile(p)
	fmt.Println(string(b))
	fmt.Println(os.Symlink("f", dir+"/soft"))
	t, err := os.Readlink(dir + "/soft")
	fmt.Println(t, err)
	_, err = os.Readlink(p)
	fmt.Println(err != nil)
	os.Remove(p)
	_, err = os.Stat(dir + "/soft")
	fmt.Println(os.IsNotExist(err))
	l, err := os.Lstat(dir + "/soft")
	fmt.Println(l.Name(), err, l.Mode().Type() == os.ModeSymlink)
	err = os.Truncate(dir+"/missing", 1)
	fmt.Println(os.IsNotExist(err))
}

// Output:
// <nil>
// "0123"
// <nil>
// "0123\x00\x00\x00\x00"
// <nil>
// -r--------
// <nil>
// shared
// <nil>
// f <nil>
// true
// true
// soft <nil> true
// true
