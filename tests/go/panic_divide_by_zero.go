package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println(div(10, 3))
	z := 0
	fmt.Println(div(1, z))
}

// Output:
// 3
// Panic: runtime error: integer divide by zero
