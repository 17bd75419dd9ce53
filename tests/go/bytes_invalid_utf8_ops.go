// bytes functions on invalid UTF-8: Runes, Map (invalid bytes become
// U+FFFD), ToUpper, IndexRune(RuneError), Count with an empty separator,
// EqualFold, Title and ContainsRune.
package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

func main() {
	s := []byte("a\xffb\xe2\x82c\xc3\xa9")
	fmt.Printf("%q\n", bytes.Runes(s))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune { return r }, s))
	fmt.Printf("%q\n", bytes.ToUpper(s))
	fmt.Println(bytes.IndexRune(s, utf8.RuneError), bytes.IndexRune(s, 'é'), bytes.Count(s, nil), utf8.RuneCount(s))
	fmt.Println(bytes.EqualFold([]byte("\xff"), []byte("\xfe")), bytes.EqualFold([]byte("\xffA"), []byte("\xffa")))
	fmt.Printf("%q\n", bytes.Title([]byte("\xffhello world")))
	fmt.Println(bytes.ContainsRune(s, utf8.RuneError), bytes.ContainsRune([]byte("abc"), utf8.RuneError))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("\xff\xffx\xff"), func(r rune) bool { return r == utf8.RuneError }))
	fmt.Printf("%q\n", bytes.Split(s, []byte("")))
}

// Output:
// ['a' '�' 'b' '�' '�' 'c' 'é']
// "a�b��cé"
// "A�B��CÉ"
// 1 6 8 7
// true true
// "�hello World"
// true false
// "x"
// ["a" "\xff" "b" "\xe2" "\x82" "c" "é"]
