package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HeLLo ÀÉ"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "body"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.ToTitle("go"), strings.ToUpper(""), strings.ToLower("123"))
}

// Output:
// HELLO, WÖRLD ß hello àé
// "padded"
// "hi"
// "hixx"
// "xxhi"
// "body"
// "prefix-body"
// "file"
// "cc"
// "abc"
// GO  123
