// bytes.Replace, ReplaceAll, Map, ToUpper/ToLower/ToTitle/Title, Repeat,
// Join, Runes and ToValidUTF8.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("oink oink oink")
	fmt.Printf("%s\n", bytes.Replace(s, []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.Replace(s, []byte("oink"), []byte("moo"), -1))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("abc"), nil, []byte("-")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("gopher dance ß")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("héllo")), bytes.ToLower([]byte("HÉLLO")), bytes.ToTitle([]byte("ǆ")))
	fmt.Printf("%s\n", bytes.Title([]byte("her royal highness")))
	fmt.Printf("%s|\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%#v\n", bytes.Repeat([]byte("ab"), 0))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	fmt.Printf("%#v %#v\n", bytes.Join(nil, []byte(",")), bytes.Join([][]byte{{}}, []byte(",")))
	fmt.Printf("%q\n", bytes.Runes([]byte("a\xffé")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc3"), []byte("?")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("ok"), nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("x"), -1)
}

// Output:
// oinky oinky oink
// moo moo moo
// -a-b-c-
// GOPHERDANCEß
// HÉLLO héllo ǅ
// Her Royal Highness
// ababab|
// []byte{}
// a, b, c
// []byte{} []byte(nil)
// ['a' '�' 'é']
// "a?b?"
// "ok"
// recovered: bytes: negative Repeat count
