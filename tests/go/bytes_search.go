// bytes searching: Index, LastIndex, IndexByte, IndexRune, IndexAny,
// IndexFunc, Contains, Count, HasPrefix/HasSuffix, with invalid UTF-8 and
// empty separators.
package main

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := []byte("chicken and kitchen, héllo \xff world")
	fmt.Println(bytes.Index(s, []byte("ken")), bytes.LastIndex(s, []byte("ken")), bytes.Index(s, []byte("duck")))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'k'), bytes.IndexByte(s, 'Z'))
	fmt.Println(bytes.IndexRune(s, 'é'), bytes.IndexRune(s, utf8.RuneError), bytes.IndexRune(s, 'q'))
	fmt.Println(bytes.IndexAny(s, "zyxw"), bytes.LastIndexAny(s, "aeiou"), bytes.IndexAny(s, ""))
	fmt.Println(bytes.IndexFunc(s, unicode.IsPunct), bytes.LastIndexFunc(s, unicode.IsSpace))
	fmt.Println(bytes.Contains(s, []byte("and")), bytes.ContainsAny(s, "é"), bytes.ContainsRune(s, 'ü'))
	fmt.Println(bytes.Count(s, []byte("en")), bytes.Count(s, nil), bytes.Count([]byte("aaaa"), []byte("aa")))
	fmt.Println(bytes.HasPrefix(s, []byte("chick")), bytes.HasSuffix(s, []byte("world")), bytes.HasPrefix(s, nil))
	fmt.Println(bytes.Index(s, nil), bytes.LastIndex(s, nil), bytes.Index(nil, nil))
}

// Output:
// 4 4 -1
// 4 12 -1
// 22 28 -1
// 30 31 -1
// 19 29
// true true false
// 2 35 2
// true true true
// 0 35 0
