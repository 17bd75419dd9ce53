package main

import "fmt"

func main() {
	l, c := 5, 3
	fmt.Println("making")
	s := make([]int, l, c)
	fmt.Println(s)
}

// Output:
// making
// Panic: runtime error: makeslice: cap out of range
