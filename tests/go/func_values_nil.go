package main

import "fmt"

type Op func(int, int) int

func apply(op Op, a, b int) int {
	if op == nil {
		return -1
	}
	return op(a, b)
}

func add(a, b int) int { return a + b }

func main() {
	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x * x }
	fmt.Println(f != nil, f(7))
	fmt.Println(apply(add, 2, 3))
	fmt.Println(apply(nil, 2, 3))
	fmt.Println(apply(func(a, b int) int { return a * b }, 4, 5))
	ops := map[string]Op{
		"add": add,
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(ops["add"](10, 3), ops["sub"](10, 3), ops["mul"] == nil)
	var fs []func() string
	for _, s := range []string{"a", "b"} {
		s := s
		fs = append(fs, func() string { return s + s })
	}
	for _, g := range fs {
		fmt.Print(g())
	}
	fmt.Println()
	fmt.Printf("%T\n", apply)
	fmt.Println(func() int { return 42 }())
}

// Output:
// true
// true 49
// 5
// -1
// 20
// 13 7 true
// aabb
// func(main.Op, int, int) int
// 42
