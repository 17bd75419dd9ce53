package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func tripleReturn() (r int) {
	defer func() { r += 100 }()
	r = 1
	return r + 1
}

func unnamed() int {
	x := 5
	defer func() { x = 50 }()
	return x
}

func withErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	return "r"
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleReturn())
	fmt.Println(unnamed())
	fmt.Println(withErr())
	fmt.Println(order())
}

// Output:
// 42
// 102
// 5
// wrapped: inner
// r21
