package main

import "fmt"

type I interface {
	M()
	N() int
}

type T struct{}

func (T) N() int { return 1 }

type P struct{}

func (*P) M()     {}
func (*P) N() int { return 2 }

func main() {
	var t T
	var x I = t
	var y I = P{}
	fmt.Println(x, y)
}

// Errors:
// error_missing_method.go:21:12: cannot use t (variable of type T) as I value in variable declaration: T does not implement I (missing method M)
// error_missing_method.go:22:12: cannot use P{} (value of type P) as I value in variable declaration: P does not implement I (method M has pointer receiver)
