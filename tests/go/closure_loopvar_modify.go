package main

import "fmt"

// Go 1.22 per-iteration semantics: the new iteration's variable is
// initialised with the value of the previous one at the end of the
// body, before the post statement runs; changes made in the body are
// kept and closures capture the variable of their own iteration.
func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(len(fs))
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { i += 10; return i })
	}
	fmt.Println(gs[0](), gs[0](), gs[1](), gs[2]())
	var hs []func()
	for i, j := 0, 10; i < 2; i, j = i+1, j-1 {
		hs = append(hs, func() { fmt.Println("i j:", i, j) })
	}
	for _, h := range hs {
		h()
	}
}

// Output:
// 1 3 5 3
// 10 20 11 12
// i j: 0 10
// i j: 1 9
