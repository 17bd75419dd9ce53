// os.WriteFile and os.ReadFile in a temporary directory: creating,
// overwriting (truncating), reading an empty file, a missing file, and
// file permissions.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "golden-rw-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	p := dir + "/notes.txt"
	fmt.Println(os.WriteFile(p, []byte("first version\nline 2\n"), 0644))
	b, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(os.WriteFile(p, []byte("short"), 0600))
	b, _ = os.ReadFile(p)
	fmt.Printf("%q\n", b)
	st, _ := os.Stat(p)
	fmt.Println(st.Mode(), st.Size(), st.Name())

	os.WriteFile(dir+"/empty", nil, 0644)
	b, err = os.ReadFile(dir + "/empty")
	fmt.Printf("%q %v %d\n", b, err, len(b))

	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}
	err = os.WriteFile(dir+"/no/such/dir/x", []byte("x"), 0644)
	fmt.Println(os.IsNotExist(err))
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	os.WriteFile(dir+"/big", big, 0644)
	got, _ := os.ReadFile(dir + "/big")
	fmt.Println(len(got), got[99999], string(got) == string(big))
}

// Output:
// <nil>
// "first version\nline 2\n" <nil>
// <nil>
// "short"
// -rw-r--r-- 5 notes.txt
// "" <nil> 0
// true true
// open no such file or directory
// true
// 100000 89 true
