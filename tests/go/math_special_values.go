package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(math.IsInf(pinf, 1), math.IsInf(pinf, -1), math.IsInf(ninf, 0), math.IsInf(1, 0))
	fmt.Println(math.IsNaN(nan), math.IsNaN(pinf), math.IsNaN(pinf-pinf))
	fmt.Println(math.Sqrt(pinf), math.Exp(ninf), math.Exp(1000), math.Log(pinf))
	fmt.Println(math.Max(pinf, 1), math.Min(ninf, 1), math.Min(nan, 1))
	fmt.Println(math.Abs(nan), math.Floor(ninf), math.Pow(pinf, -1), math.Pow(2, 2000))
	fmt.Println(1/pinf, -1/pinf, pinf*0)
	var f32 float32 = float32(math.MaxFloat32)
	f32 *= 2
	fmt.Println(f32, math.IsInf(float64(f32), 1))
	fmt.Println(math.Mod(5, 0), math.Mod(pinf, 1), math.Hypot(pinf, nan))
}

// Output:
// true false true false
// true false true
// +Inf 0 +Inf +Inf
// +Inf -Inf NaN
// NaN -Inf 0 +Inf
// 0 -0 NaN
// +Inf true
// NaN NaN +Inf
