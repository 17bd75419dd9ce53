package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	var r rune = 'x'
	fmt.Println(string(r))
	var b byte = 66
	fmt.Println(string(b))
	var i int = 0x263A
	fmt.Println(string(rune(i)))
	bad := []int{-1, 0xD800, 0x110000}
	for _, v := range bad {
		s := string(rune(v))
		fmt.Printf("%q %d\n", s, len(s))
	}
	type MyRune rune
	var m MyRune = 'Z'
	fmt.Println(string(m))
	var u uint16 = 0xe9
	fmt.Println(string(rune(u)))
}

// Output:
// A 世 😀
// x
// B
// ☺
// "�" 3
// "�" 3
// "�" 3
// Z
// é
