// os.Getwd and os.Chdir into a temporary directory and back; relative
// paths resolve against the new working directory.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	start, err := os.Getwd()
	fmt.Println(err, filepath.IsAbs(start))
	dir, _ := os.MkdirTemp("", "golden-cwd-")
	defer os.RemoveAll(dir)
	fmt.Println(os.Chdir(dir))
	os.WriteFile("relative.txt", []byte("here"), 0644)
	b, err := os.ReadFile(dir + "/relative.txt")
	fmt.Println(string(b), err)
	wd, _ := os.Getwd()
	fmt.Println(filepath.Base(wd) == filepath.Base(dir))
	err = os.Chdir("does-not-exist")
	fmt.Println(err != nil, os.IsNotExist(err))
	fmt.Println(os.Chdir(start))
	back, _ := os.Getwd()
	fmt.Println(back == start)
}

// Output:
// <nil> true
// <nil>
// here <nil>
// true
// true true
// <nil>
// true
