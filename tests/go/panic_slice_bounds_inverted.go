package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	lo, hi := 2, 4
	fmt.Println(s[lo:hi])
	lo = 5
	hi = 3
	fmt.Println(s[lo:hi])
}

// Output:
// [3 4]
// Panic: runtime error: slice bounds out of range [5:3]
