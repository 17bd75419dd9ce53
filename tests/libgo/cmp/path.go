// path and path/filepath: govmlib's against the real packages on many
// generated paths and patterns (Clean, Join, Split, Base, Dir, Ext, Rel,
// Match with malformed patterns), plus Walk, WalkDir and Glob over a
// temporary tree.
package main

import (
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path"
	"path/filepath"
	"strings"

	gfs "govmlib/io/fs"
	gpath "govmlib/path"
	gfilepath "govmlib/path/filepath"
)

var pass, fail int

func check(name string, want, got any) bool {
	w, g := fmt.Sprintf("%#v", want), fmt.Sprintf("%#v", got)
	if w == g {
		pass++
		return true
	}
	fail++
	if fail <= 40 {
		fmt.Printf("FAIL %s\n  want %s\n  got  %s\n", name, w, g)
	}
	return false
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func randPath(r *rand.Rand) string {
	parts := []string{"", ".", "..", "a", "b", "abc", "x.go", ".hidden", "dir.d", "é", "a b"}
	var sb strings.Builder
	if r.Intn(3) == 0 {
		sb.WriteString("/")
	}
	for k := r.Intn(6); k > 0; k-- {
		sb.WriteString(parts[r.Intn(len(parts))])
		sb.WriteString(strings.Repeat("/", r.Intn(3)))
	}
	return sb.String()
}

func randPattern(r *rand.Rand) string {
	atoms := []string{"*", "?", "a", "b", "[ab]", "[^a]", "[a-c]", "\\*", "[", "]", "\\", "[]", "[a-]", "[-a]", "/", ".", "é", "[é]", "[\\]]", "**"}
	var sb strings.Builder
	for k := r.Intn(5); k >= 0; k-- {
		sb.WriteString(atoms[r.Intn(len(atoms))])
	}
	return sb.String()
}

func main() {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 40000; i++ {
		p := randPath(r)
		q := randPath(r)
		check("Clean "+p, path.Clean(p), gpath.Clean(p))
		check("filepath.Clean "+p, filepath.Clean(p), gfilepath.Clean(p))
		check("Base "+p, path.Base(p), gpath.Base(p))
		check("Dir "+p, path.Dir(p), gpath.Dir(p))
		check("Ext "+p, path.Ext(p), gpath.Ext(p))
		d1, f1 := path.Split(p)
		d2, f2 := gpath.Split(p)
		check("Split "+p, []string{d1, f1}, []string{d2, f2})
		check("Join", path.Join(p, q, "x"), gpath.Join(p, q, "x"))
		check("Join2", filepath.Join(q, p), gfilepath.Join(q, p))
		check("IsAbs", path.IsAbs(p), gpath.IsAbs(p))
		rw, ew := filepath.Rel(p, q)
		rg, eg := gfilepath.Rel(p, q)
		check("Rel "+p+" "+q, []string{rw, errs(ew)}, []string{rg, errs(eg)})
		pat := randPattern(r)
		name := strings.Trim(randPath(r), "/")
		if r.Intn(2) == 0 {
			name = strings.NewReplacer("[", "", "]", "", "^", "", "\\", "").Replace(pat)
		}
		mw, ew2 := path.Match(pat, name)
		mg, eg2 := gpath.Match(pat, name)
		check("Match "+pat+" "+name, []any{mw, errs(ew2)}, []any{mg, errs(eg2)})
		mw, ew2 = filepath.Match(pat, name)
		mg, eg2 = gfilepath.Match(pat, name)
		check("filepath.Match "+pat+" "+name, []any{mw, errs(ew2)}, []any{mg, errs(eg2)})
	}
	for _, l := range []string{"", "a:b", ":", "a::b:"} {
		check("SplitList", filepath.SplitList(l), gfilepath.SplitList(l))
	}

	root, _ := os.MkdirTemp("", "cmp-path-")
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/d", "e", "f/g"} {
		os.MkdirAll(root+"/"+d, 0755)
	}
	for _, f := range []string{"a/x.go", "a/b/y.go", "a/b/c/z.txt", "e/w.go", "top.go", "f/g/h.md"} {
		os.WriteFile(root+"/"+f, []byte(f), 0644)
	}
	os.Symlink("a", root+"/link")
	var w1, w2 []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		w1 = append(w1, strings.TrimPrefix(p, root)+fmt.Sprint(d.IsDir(), d.Type()))
		if d.Name() == "d" {
			return filepath.SkipDir
		}
		return nil
	})
	gfilepath.WalkDir(root, func(p string, d gfs.DirEntry, err error) error {
		w2 = append(w2, strings.TrimPrefix(p, root)+fmt.Sprint(d.IsDir(), d.Type()))
		if d.Name() == "d" {
			return gfilepath.SkipDir
		}
		return nil
	})
	check("WalkDir", w1, w2)
	w1, w2 = nil, nil
	filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		w1 = append(w1, strings.TrimPrefix(p, root)+fmt.Sprint(info.IsDir(), info.Size() >= 0))
		if info.Name() == "b" {
			return filepath.SkipDir
		}
		return nil
	})
	gfilepath.Walk(root, func(p string, info gfs.FileInfo, err error) error {
		w2 = append(w2, strings.TrimPrefix(p, root)+fmt.Sprint(info.IsDir(), info.Size() >= 0))
		if info.Name() == "b" {
			return gfilepath.SkipDir
		}
		return nil
	})
	check("Walk", w1, w2)
	for _, pat := range []string{"*.go", "a/*", "*/*.go", "a/*/*", "[", "a/b/c/*.txt", "nothing*", "*/b", "link/*.go"} {
		m1, e1 := filepath.Glob(root + "/" + pat)
		m2, e2 := gfilepath.Glob(root + "/" + pat)
		check("Glob "+pat, []any{m1, errs(e1)}, []any{m2, errs(e2)})
	}
	for _, p := range []string{"link", "link/b/../x.go", "a/b/c", "link/..", "."} {
		os.Chdir(root)
		e1, err1 := filepath.EvalSymlinks(p)
		e2, err2 := gfilepath.EvalSymlinks(p)
		check("EvalSymlinks "+p, []string{e1, errs(err1)}, []string{e2, errs(err2)})
	}
	fmt.Printf("path: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}
