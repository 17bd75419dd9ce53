package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func (r Rect) Scale(f int) Rect {
	r.W *= f
	r.H *= f
	return r
}

func (r Rect) TryMutate() {
	r.W = 1000
}

func main() {
	r := Rect{3, 4}
	fmt.Println(r.Area())
	s := r.Scale(2)
	fmt.Println(r, s, s.Area())
	r.TryMutate()
	fmt.Println(r)
	p := &r
	fmt.Println(p.Area(), p.Scale(3))
	fmt.Println(Rect{5, 5}.Area())
	rs := []Rect{{1, 1}, {2, 3}}
	total := 0
	for _, x := range rs {
		total += x.Area()
	}
	fmt.Println(total)
}

// Output:
// 12
// {3 4} {6 8} 48
// {3 4}
// 12 {9 12}
// 25
// 7
