package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	b = b[:5]
	fmt.Println(b, len(b), cap(b))
	c := b[2:]
	fmt.Println(len(c), cap(c))
	d := b[8:10]
	fmt.Println(d, len(d), cap(d))
	s := []string{"x", "y"}
	fmt.Println(len(s), cap(s))
	e := make([]float64, 0)
	fmt.Println(e, len(e), cap(e), e == nil)
	arr := [6]int{1, 2, 3, 4, 5, 6}
	f := arr[1:3]
	fmt.Println(f, len(f), cap(f))
	f = f[:cap(f)]
	fmt.Println(f)
	n := 4
	g := make([]bool, n, n*2)
	fmt.Println(g, len(g), cap(g))
}

// Output:
// [0 0 0] 3 3
// [0 0] 2 10
// [0 0 0 0 0] 5 10
// 3 8
// [0 0] 2 2
// 2 2
// [] 0 0 false
// [2 3] 2 5
// [2 3 4 5 6]
// [false false false false] 4 8
