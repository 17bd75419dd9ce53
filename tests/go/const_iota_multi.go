package main

import "fmt"

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	x, y, z = iota + 1, iota + 2, "s"
	u, v, w
)

func main() {
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x, y, z, u, v, w)
}

// Output:
// 0 0 1 10 3 30
// 1 2 s 2 3 s
