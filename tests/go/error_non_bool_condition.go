package main

import "fmt"

func main() {
	x := 1
	if x {
		fmt.Println("yes")
	}
	for x {
	}
	s := "s"
	if s {
	}
}

// Errors:
// error_non_bool_condition.go:7:5: non-boolean condition in if statement
// error_non_bool_condition.go:10:6: non-boolean condition in for statement
// error_non_bool_condition.go:13:5: non-boolean condition in if statement
