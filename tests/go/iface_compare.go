package main

import "fmt"

type T struct{ A int }
type U struct{ A int }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = T{1}, T{1}
	fmt.Println(a == b)
	a, b = T{1}, U{1}
	fmt.Println(a == b)
	p := &T{2}
	a, b = p, p
	fmt.Println(a == b)
	a, b = &T{2}, &T{2}
	fmt.Println(a == b)
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil)
	a = 1
	fmt.Println(a == 1, a == "1", a != nil)
	var e1, e2 error = fmt.Errorf("x"), fmt.Errorf("x")
	fmt.Println(e1 == e2, e1 == e1)
	a, b = []int{1}, 2
	fmt.Println(a == b)
}

// Output:
// true
// false
// true
// true
// false
// true
// false
// true true
// true false true
// false true
// false
