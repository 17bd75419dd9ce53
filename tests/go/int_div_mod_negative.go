package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}, {-9, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var x int8 = -7
	var y int8 = 3
	fmt.Println(x/y, x%y)
	var u uint32 = 7
	fmt.Println(u/2, u%2)
	// constant division truncates too
	const c = -7 / 2
	fmt.Println(c, -7%2)
}

// Output:
// 7 / 2 = 3, 7 % 2 = 1
// -7 / 2 = -3, -7 % 2 = -1
// 7 / -2 = -3, 7 % -2 = 1
// -7 / -2 = 3, -7 % -2 = -1
// 1 / 3 = 0, 1 % 3 = 1
// -1 / 3 = 0, -1 % 3 = -1
// 0 / -5 = 0, 0 % -5 = 0
// -9 / 3 = -3, -9 % 3 = 0
// -2 -1
// 3 1
// -3 -1
