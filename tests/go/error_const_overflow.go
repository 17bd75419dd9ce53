package main

import "fmt"

func main() {
	var a int8 = 300
	var b uint8 = -1
	fmt.Println(a, b)
}

// Errors:
// error_const_overflow.go:6:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
// error_const_overflow.go:7:16: cannot use -1 (untyped int constant) as uint8 value in variable declaration (overflows)
