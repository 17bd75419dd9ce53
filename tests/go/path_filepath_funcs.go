// path and path/filepath lexical functions: Clean, Join, Split, Base,
// Dir, Ext, IsAbs, Rel, SplitList, and Match with its error for bad
// patterns.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c", "/../a", "a//b/./c/", "../../x", "a/..", "/a/b/c/..", "x/y/../../.."} {
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Join(), path.Join("", ""), filepath.Join("/", "usr", "local/", "bin"))
	dir, file := path.Split("static/css/site.min.css")
	fmt.Println(dir, file, filepath.Ext(file))
	for _, pr := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {".", "x/y"}, {"a/b", "a/b"}, {"../a", "b"}} {
		rel, err := filepath.Rel(pr[0], pr[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pr[0], pr[1], rel, err)
	}
	fmt.Printf("%q %q\n", filepath.SplitList("/bin:/usr/bin::/opt"), filepath.SplitList(""))
	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"},
		{"\\*", "*"}, {"[", "["}, {"a[", "b"}, {"*/*.txt", "docs/a.txt"}, {"[]a]", "]"}} {
		ok, err := path.Match(m[0], m[1])
		fok, ferr := filepath.Match(m[0], m[1])
		fmt.Println(m, ok, err, fok, ferr)
	}
}

// Output:
// "" clean="." base="." dir="." ext="" abs=false
// "." clean="." base="." dir="." ext="." abs=false
// "/" clean="/" base="/" dir="/" ext="" abs=true
// "a/b/../c" clean="a/c" base="c" dir="a" ext="" abs=false
// "/../a" clean="/a" base="a" dir="/" ext="" abs=true
// "a//b/./c/" clean="a/b/c" base="c" dir="a/b/c" ext="" abs=false
// "../../x" clean="../../x" base="x" dir="../.." ext="" abs=false
// "a/.." clean="." base=".." dir="a" ext="." abs=false
// "/a/b/c/.." clean="/a/b" base=".." dir="/a/b/c" ext="." abs=true
// "x/y/../../.." clean=".." base=".." dir="." ext="." abs=false
// a/c   /usr/local/bin
// static/css/ site.min.css .css
// Rel("/a/b", "/a/b/c/d") = "c/d" <nil>
// Rel("/a/b/c", "/a/x") = "../../x" <nil>
// Rel("a", "b") = "../b" <nil>
// Rel("/a", "b") = "" Rel: can't make b relative to /a
// Rel(".", "x/y") = "x/y" <nil>
// Rel("a/b", "a/b") = "." <nil>
// Rel("../a", "b") = "" Rel: can't make b relative to ../a
// ["/bin" "/usr/bin" "" "/opt"] []
// [*.go main.go] true <nil> true <nil>
// [*.go dir/main.go] false <nil> false <nil>
// [a?c abc] true <nil> true <nil>
// [[a-c]x bx] true <nil> true <nil>
// [[^a-c]x bx] false <nil> false <nil>
// [\* *] true <nil> true <nil>
// [[ [] false syntax error in pattern false syntax error in pattern
// [a[ b] false syntax error in pattern false syntax error in pattern
// [*/*.txt docs/a.txt] true <nil> true <nil>
// [[]a] ]] false syntax error in pattern false syntax error in pattern
