package main

import "fmt"

const (
	_ = iota
	One
	Two
	_
	Four
)

const (
	a = 5
	b = iota
	c
	d = "str"
	e
	f = iota
)

const (
	p = iota + 100
	_
	_
	q
)

func main() {
	fmt.Println(One, Two, Four)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(p, q)
}

// Output:
// 1 2 4
// 5 1 2 str str 5
// 100 103
