package main

import "fmt"

func main() {
	a := 1
	a := 2
	b, c := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
}

// Errors:
// error_no_new_variables.go:7:4: no new variables on left side of :=
// error_no_new_variables.go:9:7: no new variables on left side of :=
