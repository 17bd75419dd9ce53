package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := 42; x > 0 {
		fmt.Println("if", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	len := 5
	fmt.Println(len)
	{
		fmt := "shadowed package name"
		_ = fmt
	}
	type int = string
	var s int = "int is now string"
	fmt.Println(s)
}

// Output:
// package
// main package
// block
// block2
// main
// loop 0
// loop 1
// if 42
// main
// outer
// 3 2 4
// 5
// int is now string
