package main

import "fmt"

func main() {
	print("no", "spaces", 1, 2, true, "\n")
	print(3.0, "\n")
	fmt.Println("stdout line")
	print("x=", 10, " y=", -3, "\n")
	var f32 float32 = 1.25
	print(f32, " ", 0.0, " ", -0.0, "\n")
	var e error
	print(e == nil, "\n")
	var c complex128 = complex(1, -2)
	println(c)
	println(100000000.0, 123456789.0, 0.000001)
}

// Output:
// stdout line
// Stderr:
// nospaces12true
// +3.000000e+000
// x=10 y=-3
// +1.250000e+000 +0.000000e+000 +0.000000e+000
// true
// (+1.000000e+000-2.000000e+000i)
// +1.000000e+008 +1.234568e+008 +1.000000e-006
