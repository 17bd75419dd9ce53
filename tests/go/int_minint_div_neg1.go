package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	m := int64(-1)
	fmt.Println(x / m)
	fmt.Println(x % m)
	var y int32 = math.MinInt32
	var n int32 = -1
	fmt.Println(y/n, y%n)
	var z int = math.MinInt
	fmt.Println(z*-1 == z, -z)
}

// Output:
// -9223372036854775808
// 0
// -2147483648 0
// true -9223372036854775808
