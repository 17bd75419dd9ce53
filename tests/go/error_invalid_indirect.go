package main

import "fmt"

func main() {
	x := 5
	fmt.Println(*x)
	s := "str"
	*s = "t"
}

// Errors:
// error_invalid_indirect.go:7:15: invalid operation: cannot indirect x (variable of type int)
// error_invalid_indirect.go:9:3: invalid operation: cannot indirect s (variable of type string)
