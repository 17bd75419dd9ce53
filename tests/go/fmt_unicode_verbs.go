// %U and %#U, %c, %q on runes (including invalid and special ones), and
// %x/%X/% x on strings and byte slices.
package main

import "fmt"

func main() {
	for _, r := range []rune{'a', 'é', '世', '🎉', 0xFFFD, -1, 0x110000, 0xD800} {
		fmt.Printf("%U %#U %q %+q %c|\n", r, r, r, r, r)
	}
	fmt.Printf("%U %#U %q %U %#U %q\n", 0, 0, 0, '\n', '\n', '\n')
	fmt.Printf("%x %X % x %#x %# X\n", "héllo", "héllo", "héllo", "hi", []byte("hi"))
	fmt.Printf("%08U %-8U| %10q %-6c|\n", 'x', 'y', 'z', 'w')
	fmt.Printf("%x %X %x\n", []string{"ab", "cd"}, [2]byte{1, 255}, -255)
	fmt.Printf("%q %+q %#q %#+q\n", "日本\t", "日本\t", "日本", "日本\t")
}

// Output:
// U+0061 U+0061 'a' 'a' 'a' a|
// U+00E9 U+00E9 'é' 'é' '\u00e9' é|
// U+4E16 U+4E16 '世' '世' '\u4e16' 世|
// U+1F389 U+1F389 '🎉' '🎉' '\U0001f389' 🎉|
// U+FFFD U+FFFD '�' '�' '\ufffd' �|
// U+FFFFFFFFFFFFFFFF U+FFFFFFFFFFFFFFFF '�' '\ufffd' �|
// U+110000 U+110000 '�' '\ufffd' �|
// U+D800 U+D800 '�' '\ufffd' �|
// U+0000 U+0000 '\x00' U+000A U+000A '\n'
// 68c3a96c6c6f 68C3A96C6C6F 68 c3 a9 6c 6c 6f 0x6869 0X68 0X69
//   U+0078 U+0079  |        'z' w     |
// [6162 6364] 01FF -ff
// "日本\t" "\u65e5\u672c\t" `日本` `日本	`
