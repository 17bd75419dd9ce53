package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) {
	fmt.Println("leaving", s)
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
	defer un(trace("main"))
	p := &x
	defer func(v int, q *int) { fmt.Println("arg", v, "ptr", *q) }(x, p)
	x = 4
	s := []int{1, 2}
	defer fmt.Println("slice", s)
	s[0] = 100
	fmt.Println("end of main", x)
}

// Output:
// entering main
// end of main 4
// slice [100 2]
// arg 3 ptr 4
// leaving main
// closure x = 4
// deferred x = 1
