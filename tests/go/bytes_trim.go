// bytes Trim family: results are subslices; trimming everything gives nil
// (shown with %#v) for Trim, TrimLeft, TrimSpace and TrimFunc.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", bytes.TrimSpace([]byte(" \t\n hello world \r\n")))
	fmt.Printf("%#v\n", bytes.TrimSpace([]byte("   ")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("\u2003 wide \u3000")))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Printf("%#v %#v\n", bytes.Trim([]byte("xx"), "x"), bytes.TrimLeft([]byte("xx"), "x"))
	fmt.Printf("%#v\n", bytes.TrimRight([]byte("xx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimLeft([]byte("¡¡hola!!"), "¡"), bytes.TrimRight([]byte("¡¡hola!!"), "!"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("file.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimSuffix([]byte("file.go"), []byte(".c")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%#v\n", bytes.TrimFunc([]byte("123"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.TrimLeftFunc([]byte("  x  "), unicode.IsSpace))
	fmt.Printf("%q\n", bytes.TrimRightFunc([]byte("  x  "), unicode.IsSpace))
	fmt.Printf("%#v %#v\n", bytes.Trim(nil, "x"), bytes.Trim([]byte{}, ""))
	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %#v %v\n", before, after, found)
}

// Output:
// "hello world"
// []byte(nil)
// "wide"
// "hi"
// []byte(nil) []byte(nil)
// []byte{}
// "hola!!" "¡¡hola"
// "body" "file"
// "file.go"
// "abc"
// []byte(nil)
// "x  "
// "  x"
// []byte(nil) []byte(nil)
// "key" "value=x" true
// "novalue" []byte(nil) false
