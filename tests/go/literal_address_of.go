package main

import "fmt"

type Point struct{ X, Y int }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.Val + sum(t.Left) + sum(t.Right)
}

func main() {
	p := &Point{1, 2}
	p.X = 10
	fmt.Println(p, *p)
	ps := []*Point{{3, 4}, {5, 6}, nil}
	fmt.Println(*ps[0], *ps[1], ps[2] == nil)
	t := &Tree{Val: 1, Left: &Tree{Val: 2}, Right: &Tree{Val: 3, Left: &Tree{Val: 4}}}
	fmt.Println(sum(t))
	m := map[string]*Point{"a": {7, 8}}
	m["a"].Y = 80
	fmt.Println(*m["a"])
	a := &[3]int{1, 2, 3}
	fmt.Println(a, a[2])
	sl := &[]string{"x"}
	fmt.Println(sl, len(*sl))
	q1, q2 := &Point{}, &Point{}
	fmt.Println(q1 == q2, *q1 == *q2)
}

// Output:
// &{10 2} {10 2}
// {3 4} {5 6} true
// 10
// {7 80}
// &[1 2 3] 3
// &[x] 1
// false true
