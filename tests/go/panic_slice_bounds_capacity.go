package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := 3
	fmt.Println(s[:n])
	n = 5
	fmt.Println(s[:n])
}

// Output:
// [0 0 0]
// Panic: runtime error: slice bounds out of range [:5] with capacity 3
