// bytes.Clone, CutPrefix, CutSuffix (Go 1.20) and ContainsFunc (Go 1.21),
// derived from their documentation.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%#v %#v %q\n", bytes.Clone(nil), bytes.Clone([]byte{}), bytes.Clone([]byte("abc")))
	a, found := bytes.CutPrefix([]byte("v1.2.3"), []byte("v"))
	fmt.Printf("%q %v\n", a, found)
	a, found = bytes.CutPrefix([]byte("1.2.3"), []byte("v"))
	fmt.Printf("%q %v\n", a, found)
	b, found := bytes.CutSuffix([]byte("main.go"), []byte(".go"))
	fmt.Printf("%q %v\n", b, found)
	b, found = bytes.CutSuffix([]byte("main.go"), nil)
	fmt.Printf("%q %v\n", b, found)
	fmt.Println(bytes.ContainsFunc([]byte("abc1"), unicode.IsDigit), bytes.ContainsFunc([]byte("abc"), unicode.IsDigit))
}

// Output:
// []byte(nil) []byte{} "abc"
// "1.2.3" true
// "1.2.3" false
// "main" true
// "main.go" true
// true false
