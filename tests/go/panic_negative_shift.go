package main

import "fmt"

func shift(x int, s int) int {
	return x << s
}

func main() {
	fmt.Println(shift(1, 4))
	n := -1
	fmt.Println(shift(1, n))
	fmt.Println("unreachable")
}

// Output:
// 16
// Panic: runtime error: negative shift amount
