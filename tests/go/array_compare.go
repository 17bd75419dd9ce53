package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	s := [2]string{"x", "y"}
	fmt.Println(s == [2]string{"x", "y"}, s == [2]string{"y", "x"})
	p := [2]Point{{1, 2}, {3, 4}}
	q := p
	fmt.Println(p == q)
	q[1].Y = 5
	fmt.Println(p == q)
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
	f := [2]float64{0, 1}
	g := [2]float64{-0.0, 1}
	fmt.Println(f == g)
	var i1 [2]interface{} = [2]interface{}{1, "a"}
	i2 := [2]interface{}{1, "a"}
	fmt.Println(i1 == i2)
}

// Output:
// true false true
// true false
// true
// false
// true
// true
// true
