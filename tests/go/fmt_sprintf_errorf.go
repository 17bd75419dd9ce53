package main

import (
	"errors"
	"fmt"
)

func main() {
	s := fmt.Sprintf("%s has %d items costing %.2f", "cart", 3, 9.5)
	fmt.Println(s, len(s))
	base := errors.New("disk full")
	err := fmt.Errorf("write failed: %w", base)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == base)
	err2 := fmt.Errorf("save: %w", err)
	fmt.Println(err2)
	fmt.Println(errors.Is(err2, base))
	plain := fmt.Errorf("no wrap: %v", base)
	fmt.Println(plain, errors.Unwrap(plain) == nil, errors.Is(plain, base))
	fmt.Printf("%T %T\n", err, plain)
	e3 := fmt.Errorf("code %d", 404)
	fmt.Println(e3.Error())
	fmt.Println(fmt.Sprint("a", "b", 1, 2), fmt.Sprintln("x", 1) == "x 1\n")
}

// Output:
// cart has 3 items costing 9.50 29
// write failed: disk full
// true
// save: write failed: disk full
// true
// no wrap: disk full true false
// *fmt.wrapError *errors.errorString
// code 404
// ab1 2 true
