package main

import "fmt"

func main() {
	s := make([]int, 5, 10)
	j, k := 4, 3
	fmt.Println("slicing")
	fmt.Println(s[1:j:k])
}

// Output:
// slicing
// Panic: runtime error: slice bounds out of range [:4:3]
