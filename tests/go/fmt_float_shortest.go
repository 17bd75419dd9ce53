package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1e21, 1e20, 123456789012345678.0)
	fmt.Println(1e-7, 1e-4, 0.0001234, 0.00001)
	fmt.Println(0.1, 0.2, 0.1+0.2)
	x, y := 0.1, 0.2
	fmt.Println(x + y)
	fmt.Println(10.0/3.0, 1.0/3.0, 2.0/3.0)
	ten := 10.0
	fmt.Println(ten/3, 100.0, 1.0, -2.5)
	fmt.Println(float32(0.1), float32(1.0/3.0), float32(16777216.0), float32(1e-7))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(float32(math.MaxFloat32))
	fmt.Println(1e100, 1.5e-300, 5e-324)
	fmt.Println(123456.0, 1234567.0, 12345678.0, 123456789.0)
	fmt.Println(2.0e20, 2.0e21, 9.999999e20)
	fmt.Println(100000000000000000000.0, 999999999999999999999.0)
	fmt.Println(float32(123456789.0), float32(0.000123))
	fmt.Println(math.Pi, float32(math.Pi), math.E)
}

// Output:
// 1e+21 1e+20 1.2345678901234568e+17
// 1e-07 0.0001 0.0001234 1e-05
// 0.1 0.2 0.3
// 0.30000000000000004
// 3.3333333333333335 0.3333333333333333 0.6666666666666666
// 3.3333333333333335 100 1 -2.5
// 0.1 0.33333334 1.6777216e+07 1e-07
// 1.7976931348623157e+308 5e-324
// 3.4028234663852886e+38 1.401298464324817e-45
// 3.4028235e+38
// 1e+100 1.5e-300 5e-324
// 123456 1.234567e+06 1.2345678e+07 1.23456789e+08
// 2e+20 2e+21 9.999999e+20
// 1e+20 1e+21
// 1.2345679e+08 0.000123
// 3.141592653589793 3.1415927 2.718281828459045
