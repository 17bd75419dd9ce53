package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt16, math.MaxInt8, math.MinInt8)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8)
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt8)
	var f32 float32 = math.Pi
	fmt.Println(f32)
	fmt.Println(math.Inf(1) > math.MaxFloat64)
	const big = math.MaxUint64 / 2
	fmt.Println(uint64(big))
}

// Output:
// 9223372036854775807 -9223372036854775808
// 2147483647 -2147483648 32767 127 -128
// 18446744073709551615 4294967295 65535 255
// 9223372036854775807 -9223372036854775808
// 3.141592653589793 2.718281828459045 1.4142135623730951 0.6931471805599453
// 1.7976931348623157e+308 5e-324
// 3.4028234663852886e+38 1.401298464324817e-45
// float64 int
// 3.1415927
// true
// 9223372036854775807
