package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
	fmt.Println(x % 0)
	const c = 1 / 0
	f := 1.5
	fmt.Println(f / 0)
}

// Errors:
// error_div_by_const_zero.go:7:18: invalid operation: division by zero
// error_div_by_const_zero.go:8:18: invalid operation: division by zero
// error_div_by_const_zero.go:9:16: invalid operation: division by zero
