// Builds a small tree of text files in a temporary directory, walks it
// with filepath.WalkDir, counts words per file with bufio, and prints an
// index of the words found in more than one file.
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "golden-index-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"docs/intro.txt":      "Go is expressive, concise, clean, and efficient.",
		"docs/guide/more.txt": "Concurrency mechanisms make it easy to write programs.\nGo compiles quickly.",
		"notes.txt":           "write clean code; write tests",
		"src/main.go":         "package main // not indexed",
		"empty.txt":           "",
	}
	for name, content := range files {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte(content), 0644)
	}
	index := map[string][]string{}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if d.Name() == "src" {
				fmt.Println("skip", rel)
				return filepath.SkipDir
			}
			return nil
		}
		if filepath.Ext(path) != ".txt" {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Split(bufio.ScanWords)
		n := 0
		seen := map[string]bool{}
		for sc.Scan() {
			n++
			w := strings.ToLower(strings.Trim(sc.Text(), ".,;"))
			if !seen[w] {
				seen[w] = true
				index[w] = append(index[w], rel)
			}
		}
		fmt.Printf("%-22s %2d words\n", rel, n)
		return nil
	})
	fmt.Println("walk error:", err)
	var words []string
	for w, fs := range index {
		if len(fs) > 1 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Println(w, index[w])
	}
}

// Output:
// docs/guide/more.txt    11 words
// docs/intro.txt          7 words
// empty.txt               0 words
// notes.txt               5 words
// skip src
// walk error: <nil>
// clean [docs/intro.txt notes.txt]
// go [docs/guide/more.txt docs/intro.txt]
// write [docs/guide/more.txt notes.txt]
