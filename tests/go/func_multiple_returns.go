package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func three() (string, int, bool) {
	return "x", 1, true
}

func pass() (int, int) {
	return divmod(17, 5)
}

func sum(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	v, err := safeDiv(9, 3)
	fmt.Println(v, err)
	s, i, b := three()
	fmt.Println(s, i, b)
	_, _, b2 := three()
	fmt.Println(b2)
	fmt.Println(pass())
	fmt.Println(sum(divmod(17, 5)))
	a, c := 1, 2
	a, c = c, a
	fmt.Println(a, c)
}

// Output:
// 3 2
// error: division by zero 0
// 3 <nil>
// x 1 true
// true
// 3 2
// 5
// 2 1
