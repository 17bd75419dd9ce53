package main

import "fmt"

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64)
	fmt.Println(float64(f32))
	fmt.Println(f32 == 0.1, f64 == 0.1)
	var a float32 = 16777216
	fmt.Println(a+1, a+2)
	var b float64 = 16777216
	fmt.Println(b+1, b+2)
	var t float32 = 1.0 / 3.0
	fmt.Println(t, float64(t), 1.0/3.0)
	fmt.Println(float32(2)/3, float64(2)/3)
	x := float32(1e38)
	fmt.Println(x*10, -x*10)
	fmt.Printf("%v %.10f %g\n", f32, f32, float32(3.14159265358979))
}

// Output:
// 0.1 0.1
// 0.10000000149011612
// true true
// 1.6777216e+07 1.6777218e+07
// 1.6777217e+07 1.6777218e+07
// 0.33333334 0.3333333432674408 0.3333333333333333
// 0.6666667 0.6666666666666666
// +Inf -Inf
// 0.1 0.1000000015 3.1415927
