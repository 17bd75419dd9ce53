package main

import "fmt"

func main() {
	vals := []float64{3.99, -3.99, 0.5, -0.5, 2.5, 1e10, -1e10, 123456.789}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(int64(v)))
	}
	f := 255.9
	fmt.Println(uint8(f), uint16(f))
	var f32 float32 = 16777217
	fmt.Println(int(f32), f32)
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), float64(x/y))
	fmt.Println(int(float64(x)*1.5))
	var big float64 = 9007199254740993
	fmt.Println(int64(big))
}

// Output:
// 3.99 3 3 3
// -3.99 -3 -3 -3
// 0.5 0 0 0
// -0.5 0 0 0
// 2.5 2 2 2
// 1e+10 10000000000 10000000000 1410065408
// -1e+10 -10000000000 -10000000000 -1410065408
// 123456.789 123456 123456 123456
// 255 255
// 16777216 1.6777216e+07
// 3.5 3
// 10
// 9007199254740992
