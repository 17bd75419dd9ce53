// os.CreateTemp, Rename (replacing an existing file), os.TempDir, and
// file names of temporary files (pattern with and without '*').
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "golden-tmp-*-dir")
	fmt.Println(err, strings.HasPrefix(filepath.Base(dir), "golden-tmp-"), strings.HasSuffix(dir, "-dir"))
	defer os.RemoveAll(dir)
	f, err := os.CreateTemp(dir, "report-*.csv")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "report-"), strings.HasSuffix(f.Name(), ".csv"))
	f.WriteString("a,b\n1,2\n")
	f.Close()
	g, _ := os.CreateTemp(dir, "plain")
	fmt.Println(strings.HasPrefix(filepath.Base(g.Name()), "plain"), len(filepath.Base(g.Name())) > len("plain"))
	g.Close()
	fmt.Println(os.Rename(f.Name(), dir+"/final.csv"))
	fmt.Println(os.Rename(g.Name(), dir+"/final.csv"))
	b, _ := os.ReadFile(dir + "/final.csv")
	fmt.Printf("%q\n", b)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name())
	}
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
}

// Output:
// <nil> true true
// <nil> true true
// true true
// <nil>
// <nil>
// ""
// final.csv
// createtemp bad/pattern: pattern contains path separator
