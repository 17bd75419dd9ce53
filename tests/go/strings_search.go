package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("héllo", 'l'), strings.IndexAny(s, "zyx"))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasPrefix(s, "quick"), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	fmt.Println(strings.Index("", ""), strings.LastIndex("go gopher", "go"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
}

// Output:
// true false true
// true true false
// 0 31 -1
// 4 3 18
// 4 2 5
// true false true true
// true false true
// 0 3 3
// -1 1 0
// 3
