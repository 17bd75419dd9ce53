package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Describe() string { return "I am " + n.Name }

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct {
	*Named
	R float64
}

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var ErrNeg = errors.New("negative")

type MyErr struct{ V int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.V) }

func check(v int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	if v < 0 {
		return 0, fmt.Errorf("wrap: %w", ErrNeg)
	}
	if v == 0 {
		return 0, &MyErr{v}
	}
	if v > 100 {
		var a []int
		_ = a[v]
	}
	return v * 2, nil
}

func main() {
	shapes := []Shape{Rect{Named{"r1"}, 3, 4}, &Circle{&Named{"c1"}, 1}, Rect{Named{"r2"}, 1, 1}}
	bs := byArea(shapes)
	for i := 0; i < bs.Len(); i++ {
		for j := i + 1; j < bs.Len(); j++ {
			if bs.Less(j, i) {
				bs.Swap(i, j)
			}
		}
	}
	for _, s := range shapes {
		switch v := s.(type) {
		case Rect:
			fmt.Println(v.Describe(), v.Area(), v.Perimeter())
		case *Circle:
			fmt.Println(v.Describe(), v.Area(), v.Name)
		}
	}
	for _, v := range []int{5, -1, 0, 200} {
		r, err := check(v)
		var me *MyErr
		fmt.Println(r, err, errors.Is(err, ErrNeg), errors.As(err, &me))
	}
	f := Rect.Area
	g := (*Circle).Perimeter
	h := shapes[0].Area
	fmt.Println(f(Rect{W: 2, H: 5}), g(&Circle{R: 2}), h())
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String(), sb.Len())
	m := map[string][]int{}
	for i, w := range strings.Fields("a b a c b a") {
		m[w] = append(m[w], i)
	}
	fmt.Println(m, len(m["a"]))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"x", 3}, {"y", 1}, {"z", 2}}
	less := func(i, j int) bool { return ps[i].v < ps[j].v }
	for i := 0; i < len(ps); i++ {
		for j := i + 1; j < len(ps); j++ {
			if less(j, i) {
				ps[i], ps[j] = ps[j], ps[i]
			}
		}
	}
	fmt.Printf("%v %+v\n", ps, ps[0])
	anon := struct {
		A int
		B []string
	}{1, []string{"p", "q"}}
	fmt.Printf("%v %+v %T\n", anon, anon, anon.B)
}

// Output:
// I am r2 1 4
// I am c1 3 c1
// I am r1 12 14
// 10 <nil> false false
// 0 wrap: negative true false
// 0 myerr 0 false true
// -1 recovered: runtime error: index out of range [200] with length 0 false false
// 10 12 1
// [0][1][2] 9
// map[a:[0 2 5] b:[1 4] c:[3]] 3
// [{y 1} {z 2} {x 3}] {k:y v:1}
// {1 [p q]} {A:1 B:[p q]} []string
