package main

import "fmt"

func main() {
	var r rune = 'a'
	var b byte = 'A'
	fmt.Println(r, b)
	fmt.Printf("%T %T\n", r, b)
	fmt.Printf("%c %c %q %q\n", r, b, r, b)
	r += 2
	b += 25
	fmt.Println(string(r), string(b))
	fmt.Println('€', '\n', '\x41', '\u00e9', '\'')
	var i int32 = r
	var u uint8 = b
	fmt.Println(i, u)
	d := '7' - '0'
	fmt.Println(d)
	fmt.Printf("%T\n", d)
	fmt.Println('a' < 'b', 'Z' < 'a')
	x := 'é'
	fmt.Println(x, string(x), len(string(x)))
}

// Output:
// 97 65
// int32 uint8
// a A 'a' 'A'
// c Z
// 8364 10 65 233 39
// 99 90
// 7
// int32
// true true
// 233 é 2
