package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(0), math.Sqrt(-4))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, 0), math.Pow(2, -2))
	fmt.Println(math.Abs(-3.2), math.Abs(3.2), math.Abs(math.Inf(-1)))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Max(math.NaN(), 1))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.Log(math.E), math.Log(1), math.Log(0), math.Log(-1))
	fmt.Println(math.Log2(1024), math.Log10(0.001), math.Log1p(0))
	fmt.Println(math.Exp(0), math.Exp(1), math.Exp(-1))
	fmt.Println(math.Sin(0), math.Cos(0), math.Sin(math.Pi/2), math.Tan(0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Atan(1)*4)
	fmt.Println(math.Atan2(1, 1), math.Asin(1), math.Acos(1))
	fmt.Println(math.Signbit(-1), math.Copysign(3, -1), math.Float64bits(1.0))
	fmt.Println(math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
}

// Output:
// 1.4142135623730951 4 0 NaN
// 1024 1.4142135623730951 NaN 1 0.25
// 3.2 3.2 +Inf
// 1 -1 1 1.5
// 7 3 0 NaN
// 5 3
// 1 0 -Inf NaN
// 10 -3 0
// 1 2.718281828459045 0.36787944117144233
// 0 1 1 0
// 0.841471 0.540302 3.141593
// 0.7853981633974483 1.5707963267948966 0
// true -3 4607182418800017408
// 2 1065353216
