package main

import "fmt"

func main() {
	x := 1, 2
	var p, q int = 1
	var r int
	r, s := 1, 2, 3
	fmt.Println(x, p, q, r, s)
}

// Errors:
// error_assign_mismatch_values.go:6:7: assignment mismatch: 1 variable but 2 values
// error_assign_mismatch_values.go:7:17: assignment mismatch: 2 variables but 1 value
// error_assign_mismatch_values.go:9:10: assignment mismatch: 2 variables but 3 values
