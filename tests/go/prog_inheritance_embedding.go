package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type base struct {
	name string
}

func (b base) Name() string       { return b.name }
func (b base) Describe(s Shape) string {
	return fmt.Sprintf("%s with area %.2f", s.Name(), s.Area())
}

type Circle struct {
	base
	R float64
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

type Square struct {
	Rect
}

func NewSquare(s float64) Square {
	return Square{Rect{base{"square"}, s, s}}
}

func (s Square) Name() string { return "special " + s.Rect.Name() }

func main() {
	shapes := []Shape{
		Circle{base{"circle"}, 1},
		Rect{base{"rect"}, 2, 3},
		NewSquare(4),
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		switch v := s.(type) {
		case Circle:
			fmt.Println(v.Describe(v), "radius", v.R)
		case Square:
			fmt.Println(v.Describe(v), "side", v.W)
		case Rect:
			fmt.Println(v.Describe(v), "dims", v.W, v.H)
		}
	}
	fmt.Printf("total %.3f\n", total)
	sq := NewSquare(2)
	fmt.Println(sq.Name(), sq.Rect.Name(), sq.base.name, sq.Area())
	var s Shape = sq
	_, isRect := s.(Rect)
	fmt.Println(isRect)
}

// Output:
// circle with area 3.14 radius 1
// rect with area 6.00 dims 2 3
// special square with area 16.00 side 4
// total 25.142
// special square square square 4
// false
