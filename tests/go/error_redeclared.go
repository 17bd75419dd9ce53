package main

import "fmt"

func f() {}

func f() {}

func main() {
	var x int
	var x string
	a := 1
	var a = 2
	fmt.Println(x, a)
}

// Errors:
// error_redeclared.go:7:6: f redeclared in this block
// 	./error_redeclared.go:5:6: other declaration of f
// error_redeclared.go:11:6: x redeclared in this block
// 	./error_redeclared.go:10:6: other declaration of x
// error_redeclared.go:13:6: a redeclared in this block
// 	./error_redeclared.go:12:2: other declaration of a
