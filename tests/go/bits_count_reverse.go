// math/bits: OnesCount, Reverse and ReverseBytes at every width.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 0xff, 0x8000000000000001, 0x0123456789abcdef, 1<<64 - 1} {
		fmt.Printf("%#x %d %#x %#x %d\n", x, bits.OnesCount64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.OnesCount(uint(x)))
	}
	fmt.Printf("%#x %#x %d\n", bits.Reverse32(0x12345678), bits.ReverseBytes32(0x12345678), bits.OnesCount32(0xf0f0f0f0))
	fmt.Printf("%#x %#x %d\n", bits.Reverse16(0x1234), bits.ReverseBytes16(0x1234), bits.OnesCount16(0xffff))
	fmt.Printf("%#x %d\n", bits.Reverse8(0x13), bits.OnesCount8(0x55))
	fmt.Printf("%#x %#x\n", bits.Reverse(1), bits.ReverseBytes(0xab))
	// Population count table of the first 16 bytes.
	var counts []int
	for i := uint8(0); i < 16; i++ {
		counts = append(counts, bits.OnesCount8(i))
	}
	fmt.Println(counts)
}

// Output:
// 0x0 0 0x0 0x0 0
// 0x1 1 0x8000000000000000 0x100000000000000 1
// 0xff 8 0xff00000000000000 0xff00000000000000 8
// 0x8000000000000001 2 0x8000000000000001 0x100000000000080 2
// 0x123456789abcdef 32 0xf7b3d591e6a2c480 0xefcdab8967452301 32
// 0xffffffffffffffff 64 0xffffffffffffffff 0xffffffffffffffff 64
// 0x1e6a2c48 0x78563412 16
// 0x2c48 0x3412 16
// 0xc8 4
// 0x8000000000000000 0xab00000000000000
// [0 1 1 2 1 2 2 3 1 2 2 3 2 3 3 4]
