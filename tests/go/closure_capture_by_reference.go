package main

import "fmt"

func main() {
	x := 1
	f := func() int { return x * 10 }
	fmt.Println(f())
	x = 5
	fmt.Println(f())
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x, f())
	s := []int{1, 2}
	g := func() { s = append(s, len(s)+1) }
	g()
	g()
	fmt.Println(s)
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	y := 0
	fs := make([]func(), 3)
	for i := range fs {
		fs[i] = func() { y += 10 }
	}
	for _, fn := range fs {
		fn()
	}
	fmt.Println(y)
	outer := func() func() int {
		z := 100
		return func() int {
			z--
			return z
		}
	}
	h1 := outer()
	h1()
	fmt.Println(h1(), outer()())
}

// Output:
// 10
// 50
// 7 70
// [1 2 3 4]
// 3628800
// 30
// 98 99
