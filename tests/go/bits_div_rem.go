// math/bits: Div and Rem of 128-bit (and 64-bit) dividends, checked by
// multiplying back.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	cases := [][3]uint64{
		{0, 100, 7}, {1, 0, 2}, {5, 123456789, 1<<63 + 5}, {0x7fffffff, 0xffffffffffffffff, 0x80000000},
		{12345, 67890, 1 << 40}, {1<<63 - 1, 1<<64 - 1, 1 << 63}, {3, 3, 4}, {0, 0, 1},
	}
	for _, c := range cases {
		q, r := bits.Div64(c[0], c[1], c[2])
		hi, lo := bits.Mul64(q, c[2])
		lo, carry := bits.Add64(lo, r, 0)
		hi += carry
		fmt.Println(q, r, hi == c[0] && lo == c[1], bits.Rem64(c[0], c[1], c[2]) == r)
	}
	// Rem does not overflow when hi >= y.
	fmt.Println(bits.Rem64(100, 7, 3), bits.Rem32(100, 7, 3), bits.Rem(5, 5, 5))
	q32, r32 := bits.Div32(1, 5, 10)
	fmt.Println(q32, r32)
	q, r := bits.Div(0, 17, 5)
	fmt.Println(q, r)
}

// Output:
// 14 2 true true
// 9223372036854775808 0 true true
// 10 123456739 true true
// 18446744073709551615 2147483647 true true
// 207114731520 67890 true true
// 18446744073709551615 9223372036854775807 true true
// 13835058055282163712 3 true true
// 0 0 true true
// 2 2 0
// 429496730 1
// 3 2
