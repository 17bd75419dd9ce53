package main

import "fmt"

func inc(p *int) {
	*p++
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	y := 5
	swap(&x, &y)
	fmt.Println(x, y)
	pp := &p
	**pp = 99
	fmt.Println(x, *p == **pp)
	var np *int
	fmt.Println(np == nil, np)
	q := p
	*q = 1
	fmt.Println(x, *p)
	arr := []int{1, 2, 3}
	e := &arr[1]
	*e = 200
	fmt.Println(arr)
}

// Output:
// 20 20 true
// 22
// 5 22
// 99 true
// true <nil>
// 1 1
// [1 200 3]
