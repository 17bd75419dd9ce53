package main

import "fmt"

// Go 1.22: range loop variables are per-iteration too.
func main() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	m := map[string]int{"k": 1}
	var gs []func() int
	for _, v := range m {
		gs = append(gs, func() int { return v })
	}
	fmt.Println(gs[0]())
	var ptrs []*string
	for _, s := range []string{"x", "y"} {
		ptrs = append(ptrs, &s)
	}
	fmt.Println(*ptrs[0], *ptrs[1])
}

// Output:
// 0a
// 1b
// 2c
// 1
// x y
