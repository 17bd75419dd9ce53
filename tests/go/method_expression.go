package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f int)      { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	scale := (*Point).Scale
	p := Point{2, 3}
	scale(&p, 10)
	fmt.Println(p)
	str := Point.String
	fmt.Println(str(p))
	padd := (*Point).Add
	fmt.Println(padd(&p, Point{1, 1}))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
	fmt.Printf("%T\n", padd)
	fs := []func(Point) string{Point.String}
	fmt.Println(fs[0](Point{9, 9}))
}

// Output:
// (4,6)
// (20,30)
// (20,30)
// (21,31)
// func(main.Point, main.Point) main.Point
// func(*main.Point, int)
// func(*main.Point, main.Point) main.Point
// (9,9)
