package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Len() int { return p.X + p.Y }

func main() {
	p := Point{1, 2}
	fmt.Println(p.Z)
	fmt.Println(p.Length())
	fmt.Println(fmt.NoSuchFunc())
}

// Errors:
// error_undefined_field_method.go:11:16: p.Z undefined (type Point has no field or method Z)
// error_undefined_field_method.go:12:16: p.Length undefined (type Point has no field or method Length)
// error_undefined_field_method.go:13:18: undefined: fmt.NoSuchFunc
