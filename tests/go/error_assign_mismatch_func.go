package main

import "fmt"

func one() int { return 1 }

func two() (int, string) { return 2, "two" }

func main() {
	a, b := one()
	c := two()
	fmt.Println(a, b, c)
}

// Errors:
// error_assign_mismatch_func.go:10:10: assignment mismatch: 2 variables but one returns 1 value
// error_assign_mismatch_func.go:11:7: assignment mismatch: 1 variable but two returns 2 values
