package main

import "fmt"

func main() {
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	fmt.Println(sum32 == 1, sum64 == 1)
	var a, b float32 = 1.1, 2.2
	fmt.Println(a*b, a+b, a-b, b/a)
	c, d := 1.1, 2.2
	fmt.Println(c*d, c+d, c-d, d/c)
	// every operation on float32 rounds to float32
	var big float32 = 1e8
	var small float32 = 1
	fmt.Println(big+small-big, float64(big)+float64(small)-float64(big))
	var h float32 = 0.5
	for i := 0; i < 5; i++ {
		h = h*h + 0.25
	}
	fmt.Println(h)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x+y == 0.3)
}

// Output:
// 1.0000001 0.9999999999999999
// false false
// 2.42 3.3000002 -1.1 2
// 2.4200000000000004 3.3000000000000003 -1.1 2
// 0 1
// 0.5
// 0.3 0.3
// 0.30000000000000004 false
