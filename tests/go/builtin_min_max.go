package main

import (
	"fmt"
	"math"
)

// min and max are Go 1.21 builtins.
func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -0.5))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y), min(x), max(y))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	var f32 float32 = 1.5
	m := min(f32, 2)
	fmt.Printf("%T %v\n", m, m)
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), math.NaN()))
	nz := math.Copysign(0, -1)
	fmt.Println(min(0.0, nz), max(nz, 0.0))
	const c = max(1, 2.5, 2)
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	fmt.Println(min(math.Inf(1), 5), max(math.Inf(-1), -5))
}

// Output:
// 1 3
// 1 -0.5
// -3 7 7 -3
// apple cherry
// float32 1.5
// NaN NaN
// -0 0
// 2.5
// 200 200
// 5 -5
