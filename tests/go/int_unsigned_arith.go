package main

import "fmt"

func main() {
	var a, b uint = 3, 5
	fmt.Println(a-b, b-a)
	fmt.Println(a-b > 0)
	var x uint32 = 1 << 31
	fmt.Println(x, x*2, x/3, x%7)
	var y uint64 = 1<<64 - 1
	fmt.Println(y/10, y%10, y/3)
	var s uint16 = 1000
	fmt.Println(s*s, s*s/s)
	var c uint8 = 250
	for i := 0; i < 10; i++ {
		c++
		fmt.Print(" ", c)
	}
	fmt.Println()
}


// Output:
// 18446744073709551614 2
// true
// 2147483648 0 715827882 2
// 1844674407370955161 5 6148914691236517205
// 16960 16
//  251 252 253 254 255 0 1 2 3 4
