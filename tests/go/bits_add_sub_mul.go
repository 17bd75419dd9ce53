// math/bits: Add, Sub and Mul with carries, borrows and full-width
// products, used for 128-bit arithmetic.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	max := uint64(1<<64 - 1)
	for _, c := range [][3]uint64{{1, 2, 0}, {max, 1, 0}, {max, max, 1}, {max, 0, 1}, {1 << 63, 1 << 63, 0}} {
		s, co := bits.Add64(c[0], c[1], c[2])
		d, bo := bits.Sub64(c[0], c[1], c[2])
		fmt.Println(s, co, d, bo)
	}
	s32, c32 := bits.Add32(0xffffffff, 1, 1)
	d32, b32 := bits.Sub32(0, 1, 1)
	fmt.Println(s32, c32, d32, b32)
	s, c := bits.Add(^uint(0), 2, 0)
	fmt.Println(s, c)

	for _, m := range [][2]uint64{{0, 5}, {1 << 32, 1 << 32}, {max, max}, {0x123456789abcdef0, 0xfedcba9876543210}, {max, 2}} {
		hi, lo := bits.Mul64(m[0], m[1])
		fmt.Printf("%#x %#x\n", hi, lo)
	}
	h32, l32 := bits.Mul32(0xffffffff, 0xffffffff)
	fmt.Printf("%#x %#x\n", h32, l32)

	// 128-bit sum of many products.
	var accHi, accLo uint64
	for i := uint64(1); i <= 100; i++ {
		hi, lo := bits.Mul64(i*0x9e3779b97f4a7c15, i*0xbf58476d1ce4e5b9)
		var carry uint64
		accLo, carry = bits.Add64(accLo, lo, 0)
		accHi, _ = bits.Add64(accHi, hi, carry)
	}
	fmt.Printf("%016x%016x\n", accHi, accLo)
}

// Output:
// 3 0 18446744073709551615 1
// 0 1 18446744073709551614 0
// 18446744073709551615 1 18446744073709551615 1
// 0 1 18446744073709551614 0
// 0 1 0 0
// 1 1 4294967294 1
// 1 1
// 0x0 0x0
// 0x1 0x0
// 0xfffffffffffffffe 0x1
// 0x121fa00ad77d7422 0x236d88fe5618cf00
// 0x1 0xfffffffffffffffe
// 0xfffffffe 0x1
// 3fa82991190b17ebb292a78390df2b96
