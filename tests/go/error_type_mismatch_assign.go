package main

import "fmt"

func main() {
	var n int
	n = "a"
	var s string = 5
	var f float64 = "x"
	var b bool = 1
	fmt.Println(n, s, f, b)
}

// Errors:
// error_type_mismatch_assign.go:7:6: cannot use "a" (untyped string constant) as int value in assignment
// error_type_mismatch_assign.go:8:17: cannot use 5 (untyped int constant) as string value in variable declaration
// error_type_mismatch_assign.go:9:18: cannot use "x" (untyped string constant) as float64 value in variable declaration
// error_type_mismatch_assign.go:10:15: cannot use 1 (untyped int constant) as bool value in variable declaration
