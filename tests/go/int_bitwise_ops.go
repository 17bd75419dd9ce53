package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^a, ^0, ^-1)
	var u uint8 = 0x0F
	fmt.Println(^u, u&^0x05, u|0xF0, u^0xFF)
	var s int8 = -1
	fmt.Println(s&0x7F, s|0, s^-1)
	x := 0x1234_5678
	fmt.Printf("%x %x\n", x&0xFF00FF00, x&^0xFF00FF00)
	var u64 uint64 = 0xDEADBEEFCAFEBABE
	fmt.Printf("%x %x %x\n", u64&0xFFFFFFFF, u64>>32, ^u64)
	c := 5
	c &^= 1
	fmt.Println(c)
	c |= 8
	fmt.Println(c)
	c ^= 3
	fmt.Println(c)
	c &= 6
	fmt.Println(c)
}

// Output:
// 8 14 6 4
// 1000 1110 0110 0100
// -13 -1 0
// 240 10 255 240
// 127 -1 0
// 12005600 340078
// cafebabe deadbeef 2152411035014541
// 4
// 12
// 15
// 6
