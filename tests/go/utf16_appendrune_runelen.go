// unicode/utf16.AppendRune (Go 1.20) and RuneLen (Go 1.21): derived from
// their documentation (Go 1.19 lacks them).
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	var u []uint16
	for _, r := range []rune{'a', 'é', '€', '😀', 0xd800, 0x110000} {
		u = utf16.AppendRune(u, r)
		fmt.Println(utf16.RuneLen(r))
	}
	fmt.Printf("%04x\n", u)
}

// Output:
// 1
// 1
// 1
// 2
// -1
// -1
// [0061 00e9 20ac d83d de00 fffd fffd]
