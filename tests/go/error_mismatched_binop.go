package main

import "fmt"

func main() {
	a := 1
	b := "two"
	var c float64 = 3
	var d int32 = 4
	fmt.Println(a + b)
	fmt.Println(a * c)
	fmt.Println(a == d)
}

// Errors:
// error_mismatched_binop.go:10:14: invalid operation: a + b (mismatched types int and string)
// error_mismatched_binop.go:11:14: invalid operation: a * c (mismatched types int and float64)
// error_mismatched_binop.go:12:19: invalid operation: a == d (mismatched types int and int32)
