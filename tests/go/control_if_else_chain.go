package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		if n > 100 {
			return "big even"
		}
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7, 102} {
		fmt.Println(n, classify(n))
	}
	x := 5
	if x := x * 2; x > 5 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if err := fmt.Errorf("e%d", x); err != nil {
		fmt.Println(err)
	}
}

// Output:
// -3 negative
// 0 zero
// 4 even
// 7 odd
// 102 big even
// inner 10
// outer 5
// e5
