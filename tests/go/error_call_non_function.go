package main

import "fmt"

func main() {
	x := 5
	fmt.Println(x())
	s := "str"
	s()
}

// Errors:
// error_call_non_function.go:7:14: invalid operation: cannot call non-function x (variable of type int)
// error_call_non_function.go:9:2: invalid operation: cannot call non-function s (variable of type string)
