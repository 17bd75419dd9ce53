// Detecting overflow with math/bits: checked addition and multiplication
// of uint64 via carries and the high product word, and a 128-bit
// multiply-divide (x*y/z) without overflow.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func addOK(a, b uint64) (uint64, bool) {
	s, c := bits.Add64(a, b, 0)
	return s, c == 0
}

func mulOK(a, b uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	return lo, hi == 0
}

func mulDiv(x, y, z uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	q, _ := bits.Div64(hi, lo, z)
	return q
}

func main() {
	fmt.Println(addOK(math.MaxUint64-1, 1))
	fmt.Println(addOK(math.MaxUint64, 1))
	fmt.Println(mulOK(1<<32, 1<<31))
	fmt.Println(mulOK(1<<32, 1<<32))
	fmt.Println(mulOK(math.MaxUint32, math.MaxUint32+2))
	fmt.Println(mulDiv(math.MaxUint64, math.MaxUint64, math.MaxUint64), mulDiv(1e18, 1e18, 1e19), mulDiv(7, 9, 4))
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b, bits.Len64(d), bits.OnesCount64(d))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft8(1, -1), bits.LeadingZeros8(0))
}

// Output:
// 18446744073709551615 true
// 0 false
// 9223372036854775808 true
// 0 false
// 18446744073709551615 true
// 18446744073709551615 100000000000000000 15
// 18446744073709551615 1 64 64
// 128 128 8
