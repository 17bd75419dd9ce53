// filepath.Walk, WalkDir (with SkipDir and an error ending the walk) and Glob over a
// temporary directory tree; paths printed relative to the root.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, _ := os.MkdirTemp("", "golden-walk-")
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b", "a/c", "d", "e/f/g"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"a/1.txt", "a/b/2.go", "a/c/3.txt", "d/4.go", "e/f/g/5.txt", "top.go"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0644)
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(root, p)
		return r
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "c" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel(p), d.IsDir())
		return nil
	})
	n := 0
	stop := errors.New("stop here")
	err := filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		n++
		if info.Name() == "4.go" {
			return stop
		}
		return nil
	})
	fmt.Println("walk stopped after", n, err)
	for _, pat := range []string{"*.go", "*/*.txt", "a/*/*", "?/4.go", "nomatch*"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rs []string
		for _, p := range m {
			rs = append(rs, rel(p))
		}
		fmt.Println(pat, rs, err)
	}
	_, err = filepath.Glob("[")
	fmt.Println(err)
	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("callback error:", err != nil, d == nil)
		return err
	})
	fmt.Println(os.IsNotExist(err))
}

// Output:
// walkdir . true
// walkdir a true
// walkdir a/1.txt false
// walkdir a/b true
// walkdir a/b/2.go false
// walkdir d true
// walkdir d/4.go false
// walkdir e true
// walkdir e/f true
// walkdir e/f/g true
// walkdir e/f/g/5.txt false
// walkdir top.go false
// walk stopped after 9 stop here
// *.go [top.go] <nil>
// */*.txt [a/1.txt] <nil>
// a/*/* [a/b/2.go a/c/3.txt] <nil>
// ?/4.go [d/4.go] <nil>
// nomatch* [] <nil>
// syntax error in pattern
// callback error: true true
// true
