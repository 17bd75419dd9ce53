package main

import "fmt"

var total = sum()
var items = makeItems()
var count = len(items)
var first = trace("first", 1)

func sum() int {
	s := 0
	for _, v := range items {
		s += v
	}
	return trace("total", s)
}

func makeItems() []int {
	trace("items", 0)
	return []int{base, base * 2, base * 3}
}

var base = trace("base", 10)

func trace(name string, v int) int {
	fmt.Println("initializing", name)
	return v
}

func main() {
	fmt.Println(total, count, first, base)
}

// Output:
// initializing first
// initializing base
// initializing items
// initializing total
// 60 3 1 10
