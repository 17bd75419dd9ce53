// Encoding every valid rune to UTF-16 and back (surrogates excluded), and
// counting code units; invalid runes become U+FFFD.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	var runes []rune
	for r := rune(0); r <= 0x10FFFF; r += 97 {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		runes = append(runes, r)
	}
	units := utf16.Encode(runes)
	back := utf16.Decode(units)
	same := len(back) == len(runes)
	for i := range back {
		if back[i] != runes[i] {
			same = false
		}
	}
	pairs := 0
	for _, u := range units {
		if utf16.IsSurrogate(rune(u)) {
			pairs++
		}
	}
	fmt.Println(len(runes), len(units), pairs/2, same)
	fmt.Printf("%04x\n", utf16.Encode([]rune{0x10000, 0x10FFFF, 0xFFFF, 0xE000}))
}

// Output:
// 11465 22275 10810 true
// [d800 dc00 dbff dfff ffff e000]
