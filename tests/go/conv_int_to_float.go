package main

import (
	"fmt"
	"math"
)

func main() {
	var u uint64 = math.MaxUint64
	fmt.Println(float64(u), float32(u))
	var i int64 = math.MaxInt64
	fmt.Println(float64(i))
	var odd int64 = 1<<53 + 1
	fmt.Println(float64(odd), int64(float64(odd)))
	var n int64 = -123456789
	fmt.Println(float64(n), float32(n))
	var u2 uint64 = 1<<64 - 1024
	fmt.Println(float64(u2), uint64(float64(1<<62)))
	var small int8 = -128
	fmt.Println(float32(small), float64(small)/3)
	var f32 float32 = 0.1
	fmt.Println(float64(f32), float32(float64(f32)))
	d := 1e20
	fmt.Println(float32(d), float64(float32(d)))
	var c complex64 = complex64(complex(1.1, 2.2))
	fmt.Println(c, complex128(c))
}

// Output:
// 1.8446744073709552e+19 1.8446744e+19
// 9.223372036854776e+18
// 9.007199254740992e+15 9007199254740992
// -1.23456789e+08 -1.2345679e+08
// 1.8446744073709552e+19 4611686018427387904
// -128 -42.666666666666664
// 0.10000000149011612 0.1
// 1e+20 1.0000000200408773e+20
// (1.1+2.2i) (1.100000023841858+2.200000047683716i)
