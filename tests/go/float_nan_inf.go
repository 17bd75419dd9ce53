package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	fmt.Println(nan, inf, ninf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf > math.MaxFloat64, ninf < -math.MaxFloat64)
	fmt.Println(inf+inf, inf-inf, inf*0, -inf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.IsNaN(zero/zero), math.IsInf(1/zero, 1))
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan))
	fmt.Printf("%v %f %e %g %5.2f|\n", nan, inf, ninf, inf, nan)
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2)
	x := math.Sqrt(-1)
	fmt.Println(x, x == x)
}

// Output:
// NaN +Inf -Inf
// false true false false
// true true
// +Inf NaN NaN -Inf
// +Inf -Inf NaN
// true true
// +Inf NaN
// NaN +Inf -Inf +Inf   NaN|
// +Inf -Inf
// NaN false
