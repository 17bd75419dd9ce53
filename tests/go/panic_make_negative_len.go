package main

import "fmt"

func main() {
	n := 2
	s := make([]int, n)
	fmt.Println(s)
	n -= 5
	s = make([]int, n)
	fmt.Println(s)
}

// Output:
// [0 0]
// Panic: runtime error: makeslice: len out of range
