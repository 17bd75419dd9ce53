// Integer operations and comparisons with a constant or a local as the
// right operand (the compiler folds them into single instructions):
// signed division and remainder truncate toward zero, wrapping at every
// size, comparisons at the boundaries.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []int{-9, -7, -1, 0, 1, 7, 9, math.MaxInt64, math.MinInt64} {
		fmt.Println(x, x/2, x%2, x/7, x%7, x*3, x+5, x-5, x&6, x-math.MinInt64, x*math.MinInt64)
	}
	var i8 int8 = 100
	var i32 int32 = math.MaxInt32
	var u8 uint8 = 250
	fmt.Println(i8+100, i8*3, i8-(-100), i32+1, i32*2, u8+10, u8*2, u8/3, u8%7)
	lim := 3
	n := 0
	for i := -5; i < 5; i++ {
		if i < lim {
			n++
		}
		if i <= -2 {
			n += 10
		}
		if i > lim {
			n += 100
		}
		if i >= 4 {
			n += 1000
		}
		if i == lim {
			n += 10000
		}
		if i != 0 {
			n += 100000
		}
	}
	fmt.Println(n)
	var u uint = math.MaxUint64
	fmt.Println(u > 5, u/2, u%10, int64(-1) < 0, uint64(1<<63) > 1)
}

// Output:
// -9 -4 -1 -1 -2 -27 -4 -14 6 9223372036854775799 -9223372036854775808
// -7 -3 -1 -1 0 -21 -2 -12 0 9223372036854775801 -9223372036854775808
// -1 0 -1 0 -1 -3 4 -6 6 9223372036854775807 -9223372036854775808
// 0 0 0 0 0 0 5 -5 0 -9223372036854775808 0
// 1 0 1 0 1 3 6 -4 0 -9223372036854775807 -9223372036854775808
// 7 3 1 1 0 21 12 2 6 -9223372036854775801 -9223372036854775808
// 9 4 1 1 2 27 14 4 0 -9223372036854775799 -9223372036854775808
// 9223372036854775807 4611686018427387903 1 1317624576693539401 0 9223372036854775805 -9223372036854775804 9223372036854775802 6 -1 -9223372036854775808
// -9223372036854775808 -4611686018427387904 0 -1317624576693539401 -1 -9223372036854775808 -9223372036854775803 9223372036854775803 0 0 0
// -56 44 -56 -2147483648 -2 4 244 83 5
// 911148
// true 9223372036854775807 5 true true
