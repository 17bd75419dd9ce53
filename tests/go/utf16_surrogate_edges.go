// UTF-16 surrogate edge cases: a high surrogate at the end, two highs in
// a row, a low first, DecodeRune of invalid pairs, and EncodeRune of
// BMP runes and surrogates.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	cases := [][]uint16{
		{0xD83D}, {0xD83D, 0xD83D, 0xDE00}, {0xDE00, 0xD83D}, {0xD800, 0xDC00}, {0xDBFF, 0xDFFF}, {'a', 0xDC00, 'b'},
	}
	for _, c := range cases {
		fmt.Printf("%04x -> %U\n", c, utf16.Decode(c))
	}
	fmt.Printf("%x %x %x\n", utf16.DecodeRune(0xDC00, 0xD800), utf16.DecodeRune(0xD800, 'a'), utf16.DecodeRune(0xDBFF, 0xDFFF))
	for _, r := range []rune{0, 0xFFFF, 0xD800, 0x10000, 0x10FFFF} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U: %x %x\n", r, r1, r2)
	}
}

// Output:
// [d83d] -> [U+FFFD]
// [d83d d83d de00] -> [U+FFFD U+1F600]
// [de00 d83d] -> [U+FFFD U+FFFD]
// [d800 dc00] -> [U+10000]
// [dbff dfff] -> [U+10FFFF]
// [0061 dc00 0062] -> [U+0061 U+FFFD U+0062]
// fffd fffd 10ffff
// U+0000: fffd fffd
// U+FFFF: fffd fffd
// U+D800: fffd fffd
// U+10000: d800 dc00
// U+10FFFF: dbff dfff
