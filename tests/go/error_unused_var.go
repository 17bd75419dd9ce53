package main

import "fmt"

func helper() {
	a := 1
	b, c := 2, 3
	fmt.Println(b)
}

func main() {
	x := 10
	var y string
	z := 5
	z = 6
	fmt.Println("hi")
}

// Errors:
// error_unused_var.go:6:2: declared and not used: a
// error_unused_var.go:7:5: declared and not used: c
// error_unused_var.go:12:2: declared and not used: x
// error_unused_var.go:13:6: declared and not used: y
// error_unused_var.go:14:2: declared and not used: z
