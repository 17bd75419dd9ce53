package main

import "fmt"

func main() {
	s := []byte("abc")
	lo := 3
	fmt.Println(len(s[lo:]))
	lo = 4
	fmt.Println(s[lo:])
}

// Output:
// 0
// Panic: runtime error: slice bounds out of range [4:3]
