// methods: method calls in a hot loop, N = 20,000,000 iterations. Each
// iteration takes one of four shapes (three concrete types behind an
// interface), calls Area and Perimeter through the interface, feeds the
// result to a pointer-receiver method of a concrete Counter, and every 1000th
// iteration mutates the shape through an interface call. Prints the counter
// state and sums. Exercises: dynamic dispatch, direct method calls, field
// access and update through pointers.
package main

import "fmt"

type Shape interface {
	Area() int
	Perimeter() int
	Grow(k int)
}

type Rect struct{ w, h int }

func (r *Rect) Area() int      { return r.w * r.h }
func (r *Rect) Perimeter() int { return 2 * (r.w + r.h) }
func (r *Rect) Grow(k int) {
	r.w = (r.w+k)%50 + 1
	r.h = (r.h+2*k)%50 + 1
}

type Square struct{ s int }

func (q *Square) Area() int      { return q.s * q.s }
func (q *Square) Perimeter() int { return 4 * q.s }
func (q *Square) Grow(k int)     { q.s = (q.s+k)%50 + 1 }

type Box struct{ w, h, d int }

func (b *Box) Area() int      { return 2 * (b.w*b.h + b.h*b.d + b.w*b.d) }
func (b *Box) Perimeter() int { return 4 * (b.w + b.h + b.d) }
func (b *Box) Grow(k int) {
	b.w = (b.w+k)%50 + 1
	b.h = (b.h+3*k)%50 + 1
	b.d = (b.d+5*k)%50 + 1
}

type Counter struct {
	value int
	calls int
}

func (c *Counter) Add(x int) {
	c.value = (c.value*31 + x) % 1000003
	c.calls++
}

func (c *Counter) Value() int { return c.value }

func main() {
	const n = 20000000
	shapes := []Shape{&Rect{3, 4}, &Square{5}, &Box{1, 2, 3}, &Rect{7, 2}}
	c := &Counter{}
	areaSum := 0
	perimSum := 0
	for i := 0; i < n; i++ {
		s := shapes[i%4]
		a := s.Area()
		p := s.Perimeter()
		areaSum += a
		perimSum += p
		c.Add(a + p)
		if i%1000 == 0 {
			s.Grow(i % 7)
		}
	}
	fmt.Printf("methods n=%d counter=%d calls=%d area=%d perimeter=%d\n", n, c.Value(), c.calls, areaSum, perimSum)
}
