// unicode/utf16: Encode and Decode of text with characters outside the
// BMP, surrogate pairs, and invalid code points and sequences.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	s := []rune("héllo, 世界 🎉𝄞")
	u := utf16.Encode(s)
	fmt.Printf("%d %04x\n", len(u), u)
	fmt.Println(string(utf16.Decode(u)))

	r1, r2 := utf16.EncodeRune('🎉')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	a, b := utf16.EncodeRune('A')
	fmt.Printf("%x %x\n", a, b)
	fmt.Printf("%x\n", utf16.DecodeRune('A', 'B'))
	fmt.Println(utf16.IsSurrogate(0xd800), utf16.IsSurrogate(0xdfff), utf16.IsSurrogate(0xe000), utf16.IsSurrogate('a'))

	bad := []rune{0xd800, -1, 0x110000, 'x'}
	fmt.Printf("%04x\n", utf16.Encode(bad))
	lone := []uint16{0xd83c, 'a', 0xdf89, 0xd83c}
	fmt.Printf("%q\n", string(utf16.Decode(lone)))
	fmt.Println(len(utf16.Decode(nil)), len(utf16.Encode(nil)))
}

// Output:
// 14 [0068 00e9 006c 006c 006f 002c 0020 4e16 754c 0020 d83c df89 d834 dd1e]
// héllo, 世界 🎉𝄞
// d83c df89 🎉
// fffd fffd
// fffd
// true true false false
// [fffd fffd fffd 0078]
// "�a��"
// 0 0
