package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" small")
		fallthrough
	case 2:
		fmt.Print(" tiny")
	case 3:
		fmt.Print(" three")
		fallthrough
	default:
		fmt.Print(" default")
	}
	fmt.Println()
}

func main() {
	for i := 0; i < 5; i++ {
		describe(i)
	}
	switch {
	case true:
		fmt.Println("first")
		fallthrough
	case false:
		fmt.Println("second (false case still runs)")
	case true:
		fmt.Println("not reached")
	}
}

// Output:
// 0: zero small tiny
// 1: small tiny
// 2: tiny
// 3: three default
// 4: default
// first
// second (false case still runs)
