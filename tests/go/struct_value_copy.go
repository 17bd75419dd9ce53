package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	Tags     []string
}

func move(p Point) Point {
	p.X += 10
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 5
	fmt.Println(p, q)
	r := move(p)
	fmt.Println(p, r)
	rect := Rect{Point{0, 0}, Point{3, 4}, "r1", []string{"a"}}
	rect2 := rect
	rect2.Max.X = 30
	rect2.Name = "r2"
	rect2.Tags[0] = "shared"
	fmt.Println(rect)
	fmt.Println(rect2)
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 100
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 100
	}
	fmt.Println(pts)
	var zero Rect
	fmt.Printf("%+v\n", zero)
}

// Output:
// {1 2} {5 2}
// {1 2} {11 2}
// {{0 0} {3 4} r1 [shared]}
// {{0 0} {30 4} r2 [shared]}
// [{1 1} {2 2}]
// [{100 1} {100 2}]
// {Min:{X:0 Y:0} Max:{X:0 Y:0} Name: Tags:[]}
