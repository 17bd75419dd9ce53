package main

import "fmt"

func main() {
	var i int = 300
	fmt.Println(int8(i), uint8(i), int16(i), uint16(i))
	var n int = -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint32(big), int8(big))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	var i8 int8 = -5
	fmt.Println(uint8(i8), uint32(i8), int64(i8), uint64(i8))
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println(int32(u32), int64(u32), int(int32(u32)))
	var r rune = 0x1F600
	fmt.Println(byte(r), uint16(r))
	fmt.Println(float64(i)/7, float32(i)/7)
	var u uint64 = 1 << 63
	fmt.Println(int64(u), float64(u))
}

// Output:
// 44 44 300 300
// 255 65535 4294967295 18446744073709551615 18446744073709551615
// 5 5 5
// -56 200 -56
// 251 4294967291 -5 18446744073709551611
// -1 4294967295 -1
// 0 62976
// 42.857142857142854 42.857143
// -9223372036854775808 9.223372036854776e+18
