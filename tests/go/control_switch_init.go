package main

import "fmt"

func compute() int { return 7 }

func main() {
	switch v := compute(); {
	case v > 5:
		fmt.Println("big", v)
	default:
		fmt.Println("small", v)
	}
	switch v := compute() * 2; v {
	case 14:
		fmt.Println("fourteen")
	}
	if v := compute(); v%2 == 1 {
		fmt.Println("odd", v)
	} else if w := v * 2; w > 10 {
		fmt.Println("unreached", w)
	} else {
		fmt.Println("else", v, w)
	}
	x := 1
	switch x := x + 10; x {
	case 11:
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	calls := 0
	f := func() int { calls++; return calls }
	switch f() {
	case 5:
	case 1:
		fmt.Println("case 1 matched")
	case f():
		fmt.Println("unreached")
	}
	fmt.Println("calls", calls)
}

// Output:
// big 7
// fourteen
// odd 7
// inner x 11
// outer x 1
// case 1 matched
// calls 1
