package main

import "fmt"

var a = b + c
var b = f("b")
var c = f("c")
var d = 3

var x, y = g("x"), g("y")

func f(name string) int {
	fmt.Println("init", name, "d =", d)
	d++
	return d
}

func g(name string) string {
	fmt.Println("init", name)
	return name
}

func main() {
	fmt.Println(a, b, c, d, x, y)
}

// Output:
// init b d = 3
// init c d = 4
// init x
// init y
// 9 4 5 5 x y
