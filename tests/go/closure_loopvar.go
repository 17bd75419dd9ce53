package main

import "fmt"

// Go 1.22: each iteration of a 3-clause for loop has its own copy of
// the loop variable, so each closure sees the value of its iteration.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[1])
}

// Output:
// 0
// 1
// 2
// 0 1 2 false
