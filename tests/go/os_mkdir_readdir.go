// os.Mkdir, MkdirAll, ReadDir (sorted), File.ReadDir in batches,
// Readdirnames, Remove of a non-empty directory and RemoveAll.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	root, _ := os.MkdirTemp("", "golden-dirs-")
	defer os.RemoveAll(root)
	fmt.Println(os.MkdirAll(root+"/a/b/c", 0755))
	fmt.Println(os.MkdirAll(root+"/a/b", 0755))
	fmt.Println(os.Mkdir(root+"/a", 0755) != nil)
	for _, name := range []string{"zeta.txt", "alpha.txt", "Mid.go"} {
		os.WriteFile(root+"/a/"+name, []byte(name), 0644)
	}
	entries, err := os.ReadDir(root + "/a")
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, _ := e.Info()
		size := info.Size()
		if info.IsDir() {
			size = -1 // file system dependent
		}
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir(), size, info.Name() == e.Name())
	}
	f, _ := os.Open(root + "/a")
	var names []string
	for {
		batch, err := f.ReadDir(2)
		for _, e := range batch {
			names = append(names, e.Name())
		}
		if err == io.EOF {
			break
		}
	}
	f.Close()
	sort.Strings(names)
	fmt.Println(names)
	g, _ := os.Open(root + "/a")
	all, err := g.Readdirnames(-1)
	sort.Strings(all)
	fmt.Println(all, err)
	more, err := g.Readdirnames(-1)
	fmt.Println(len(more), err)
	g.Close()

	err = os.Remove(root + "/a")
	fmt.Println(err != nil, os.IsExist(err))
	fmt.Println(os.RemoveAll(root+"/a"), os.RemoveAll(root+"/never-existed"))
	_, err = os.Stat(root + "/a")
	fmt.Println(os.IsNotExist(err))
	_, err = os.ReadDir(root + "/nothing")
	fmt.Println(os.IsNotExist(err))
}

// Output:
// <nil>
// <nil>
// true
// 4 <nil>
// Mid.go false false 6 true
// alpha.txt false false 9 true
// b true true -1 true
// zeta.txt false false 8 true
// [Mid.go alpha.txt b zeta.txt]
// [Mid.go alpha.txt b zeta.txt] <nil>
// 0 <nil>
// true true
// <nil> <nil>
// true
// true
