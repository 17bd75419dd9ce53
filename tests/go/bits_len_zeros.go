// math/bits: Len, LeadingZeros and TrailingZeros at every width, for 0,
// powers of two, all ones and values around them.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range []uint64{0, 1, 2, 3, 7, 8, 255, 256, 1 << 31, 1<<32 - 1, 1 << 32, 1 << 63, 1<<64 - 1, 0x00f0_0000_0000_0100} {
		fmt.Println(x, bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x),
			bits.Len(uint(x)), bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)))
	}
	for _, x := range []uint32{0, 1, 0x80000000, 0xffff, 0x10000} {
		fmt.Println(x, bits.Len32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x))
	}
	for _, x := range []uint16{0, 1, 0x8000, 0x0ff0} {
		fmt.Println(x, bits.Len16(x), bits.LeadingZeros16(x), bits.TrailingZeros16(x))
	}
	for _, x := range []uint8{0, 1, 0x80, 0x18} {
		fmt.Println(x, bits.Len8(x), bits.LeadingZeros8(x), bits.TrailingZeros8(x))
	}
}

// Output:
// 64
// 0 0 64 64 0 64 64
// 1 1 63 0 1 63 0
// 2 2 62 1 2 62 1
// 3 2 62 0 2 62 0
// 7 3 61 0 3 61 0
// 8 4 60 3 4 60 3
// 255 8 56 0 8 56 0
// 256 9 55 8 9 55 8
// 2147483648 32 32 31 32 32 31
// 4294967295 32 32 0 32 32 0
// 4294967296 33 31 32 33 31 32
// 9223372036854775808 64 0 63 64 0 63
// 18446744073709551615 64 0 0 64 0 0
// 67553994410557696 56 8 8 56 8 8
// 0 0 32 32
// 1 1 31 0
// 2147483648 32 0 31
// 65535 16 16 0
// 65536 17 15 16
// 0 0 16 16
// 1 1 15 0
// 32768 16 0 15
// 4080 12 4 4
// 0 0 8 8
// 1 1 7 0
// 128 8 0 7
// 24 5 3 3
