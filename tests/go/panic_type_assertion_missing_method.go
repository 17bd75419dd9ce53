package main

import "fmt"

type I interface {
	M()
}

type T struct{}

func (T) N() {}

func main() {
	var x interface{} = T{}
	fmt.Println("asserting")
	i := x.(I)
	i.M()
}

// Output:
// asserting
// Panic: interface conversion: main.T is not main.I: missing method M
