package main

import "fmt"

const (
	A = iota
	B
	C
	D
)

const (
	X = iota * 10
	Y
	Z
)

const Single = iota

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func main() {
	fmt.Println(A, B, C, D)
	fmt.Println(X, Y, Z)
	fmt.Println(Single)
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%T\n", Blue)
}

// Output:
// 0 1 2 3
// 0 10 20
// 0
// 1 2 3
// main.Color
