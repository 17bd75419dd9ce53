package main

import "fmt"

func main() {
	var n uint = 64
	var x int64 = 1
	fmt.Println("1<<64 int64:", x<<n)
	var y int64 = -8
	fmt.Println("-8>>64 int64:", y>>n, "-8>>100:", y>>100)
	fmt.Println("-8>>1:", y>>1, "-8>>3:", y>>3, "-8>>4:", y>>4)
	var u uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println("u>>64:", u>>n, "u>>63:", u>>63)
	var b uint8 = 0x81
	for _, s := range []uint{0, 1, 7, 8, 9, 200} {
		fmt.Println("uint8 0x81 <<", s, "=", b<<s, ">>", s, "=", b>>s)
	}
	var i8 int8 = -128
	for _, s := range []uint{1, 7, 8, 9} {
		fmt.Println("int8 -128 >>", s, "=", i8>>s, "<<", s, "=", i8<<s)
	}
	var i32 int32 = 1
	fmt.Println(i32<<31, i32<<32, i32<<33)
	k := 1
	fmt.Println(k<<62, k<<63, k<<64)
}

// Output:
// 1<<64 int64: 0
// -8>>64 int64: -1 -8>>100: -1
// -8>>1: -4 -8>>3: -1 -8>>4: -1
// u>>64: 0 u>>63: 1
// uint8 0x81 << 0 = 129 >> 0 = 129
// uint8 0x81 << 1 = 2 >> 1 = 64
// uint8 0x81 << 7 = 128 >> 7 = 1
// uint8 0x81 << 8 = 0 >> 8 = 0
// uint8 0x81 << 9 = 0 >> 9 = 0
// uint8 0x81 << 200 = 0 >> 200 = 0
// int8 -128 >> 1 = -64 << 1 = 0
// int8 -128 >> 7 = -1 << 7 = 0
// int8 -128 >> 8 = -1 << 8 = 0
// int8 -128 >> 9 = -1 << 9 = 0
// -2147483648 0 0
// 4611686018427387904 -9223372036854775808 0
