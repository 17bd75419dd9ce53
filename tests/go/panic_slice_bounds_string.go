package main

import "fmt"

func main() {
	s := "hello"
	n := 5
	fmt.Println(s[:n])
	n = 10
	fmt.Println(s[2:n])
}

// Output:
// hello
// Panic: runtime error: slice bounds out of range [:10] with length 5
