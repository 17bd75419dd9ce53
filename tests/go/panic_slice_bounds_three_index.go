package main

import "fmt"

func main() {
	s := make([]int, 3, 4)
	m := 4
	t := s[1:2:m]
	fmt.Println(len(t), cap(t))
	m = 6
	fmt.Println(s[1:2:m])
}

// Output:
// 1 3
// Panic: runtime error: slice bounds out of range [::6] with capacity 4
