package main

import "fmt"

func main() {
	var a uint8 = 17
	var b uint8 = 5
	fmt.Println(a % b)
	b -= 5
	fmt.Println("b =", b)
	fmt.Println(a % b)
}

// Output:
// 2
// b = 0
// Panic: runtime error: integer divide by zero
