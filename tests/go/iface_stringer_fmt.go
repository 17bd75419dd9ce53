package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("Pt<%d,%d>", p.X, p.Y) }

type Wrapper struct {
	C Color
	N int
}

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Green, Red})
	fmt.Println(Wrapper{Green, 3})
	fmt.Printf("%+v\n", Wrapper{Red, 4})
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v\n", p, &p)
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
	s := fmt.Sprint(Color(1))
	fmt.Println(len(s), s)
}

// Output:
// Red Green Color(7)
// Green Green 1 "Green"
// [Green Red]
// {Green 3}
// {C:Red N:4}
// {1 2} Pt<1,2>
// {1 2} Pt<1,2>
// map[Red:1 Green:2]
// 5 Green
