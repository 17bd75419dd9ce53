package main

func main() {
	println(1.5)
	println(true, 3, "x", -7)
	var p *int
	println(p)
	println(uint64(18446744073709551615))
	println('a')
	println()
	println("multiple", "strings", "spaced")
	var i8 int8 = -128
	var u8 uint8 = 255
	println(i8, u8)
	println(0.1, -2.0, 1e100, float32(0.5))
	println(int64(-9223372036854775808))
	var m map[string]int
	var s []int
	println(m == nil, s == nil, len(s))
}

// Stderr:
// +1.500000e+000
// true 3 x -7
// 0x0
// 18446744073709551615
// 97
//
// multiple strings spaced
// -128 255
// +1.000000e-001 -2.000000e+000 +1.000000e+100 +5.000000e-001
// -9223372036854775808
// true true 0
