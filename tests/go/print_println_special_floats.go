package main

import "math"

func main() {
	println(math.Inf(1), math.Inf(-1), math.NaN())
	zero := 0.0
	println(-zero, zero)
	println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	println(float32(3.4028235e38))
	println(1.0/3.0, 2.0/3.0)
	println(12345.678)
}

// Stderr:
// +Inf -Inf NaN
// -0.000000e+000 +0.000000e+000
// +1.797693e+308 +4.940656e-324
// +3.402823e+038
// +3.333333e-001 +6.666667e-001
// +1.234568e+004
