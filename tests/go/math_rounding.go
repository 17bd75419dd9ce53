package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{2.5, 3.5, -2.5, 2.4, -2.6, 0.5, -0.5, 1e16 + 1}
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v))
	}
	fmt.Println(math.Floor(-0.0), math.Ceil(-0.2), math.Round(-0.4))
	fmt.Println(math.Floor(math.Inf(1)), math.Trunc(math.NaN()))
	i, frac := math.Modf(3.75)
	fmt.Println(i, frac)
	i, frac = math.Modf(-3.75)
	fmt.Println(i, frac)
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4))
}

// Output:
// 2.5 2 3 2 3 2
// 3.5 3 4 3 4 4
// -2.5 -3 -2 -2 -3 -2
// 2.4 2 3 2 2 2
// -2.6 -3 -2 -2 -3 -3
// 0.5 0 1 0 1 0
// -0.5 -1 -0 -0 -1 -0
// 1e+16 1e+16 1e+16 1e+16 1e+16 1e+16
// 0 -0 -0
// +Inf NaN
// 3 0.75
// -3 -0.75
// 0.5 4 8
