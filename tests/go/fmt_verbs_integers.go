package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%b|%o|%x|%X|%#x\n", m, m, m, m, m, m)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 65, 0x1F600, 0x1F600)
	var u8 uint8 = 200
	var i8 int8 = -100
	fmt.Printf("%d %x %d %x\n", u8, u8, i8, i8)
	fmt.Printf("%v %v\n", uint64(18446744073709551615), int64(-9223372036854775808))
	fmt.Printf("%x %X\n", uint64(0xDEADBEEF), int64(-1))
	fmt.Printf("%08b|%3d|%-3d|%03d|%+d|% d|% d\n", 5, 7, 7, 7, 7, 7, -7)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%5.3d|%.0d|%.0d|\n", 7, 0, 1)
	fmt.Printf("%x\n", 1<<62)
}

// Output:
// 255|11111111|377|0o377|ff|FF|0xff|0XFF|0377|0b11111111
// -42|-101010|-52|-2a|-2A|-0x2a
// A|'A'|U+1F600|U+1F600 '😀'
// 200 c8 -100 -64
// 18446744073709551615 -9223372036854775808
// deadbeef -1
// 00000101|  7|7  |007|+7| 7|-7
// true false
//   007||1|
// 4000000000000000
