package main

import "fmt"

const Big = 1 << 62

func main() {
	var x int64 = Big * 4
	var z uint = 3.5
	fmt.Println(x, z)
}

// Errors:
// error_const_overflow_arith.go:8:16: cannot use Big * 4 (untyped int constant 18446744073709551616) as int64 value in variable declaration (overflows)
// error_const_overflow_arith.go:9:15: cannot use 3.5 (untyped float constant) as uint value in variable declaration (truncated)
