// slices.Index, IndexFunc, Contains and ContainsFunc on several element
// types, including structs and NaN.
package main

import (
	"fmt"
	"math"
	"slices"
)

type pt struct{ x, y int }

func main() {
	numbers := []int{0, 42, 8}
	fmt.Println(slices.Index(numbers, 8), slices.Index(numbers, 7))
	neg := []int{0, 42, -10, 8}
	fmt.Println("first negative at", slices.IndexFunc(neg, func(n int) bool { return n < 0 }))
	fmt.Println(slices.ContainsFunc(neg, func(n int) bool { return n < 0 }),
		slices.ContainsFunc(neg, func(n int) bool { return n%2 != 0 }))
	fmt.Println(slices.Contains([]int{0, 1, 2, 3}, 2), slices.Contains([]int{0, 1, 2, 3}, 4))
	pts := []pt{{1, 2}, {3, 4}}
	fmt.Println(slices.Index(pts, pt{3, 4}), slices.Contains(pts, pt{4, 3}))
	fs := []float64{1, math.NaN()}
	fmt.Println(slices.Index(fs, math.NaN()), slices.IndexFunc(fs, math.IsNaN))
	var none []string
	fmt.Println(slices.Index(none, ""), slices.Contains(none, "x"))
}

// Output:
// 2 -1
// first negative at 2
// true false
// true false
// 1 false
// -1 1
// -1 false
