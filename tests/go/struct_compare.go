package main

import "fmt"

type P struct {
	Name string
	Age  int
}

type Pair struct {
	A, B P
	F    float64
}

func main() {
	a := P{"Ann", 30}
	b := P{"Ann", 30}
	c := P{"Bob", 30}
	fmt.Println(a == b, a == c, a != c)
	x := Pair{a, c, 1.5}
	y := Pair{b, c, 1.5}
	fmt.Println(x == y)
	y.F = 2
	fmt.Println(x == y)
	fmt.Println(P{} == P{"", 0})
	s1 := struct {
		X int
		Y string
	}{1, "a"}
	s2 := struct {
		X int
		Y string
	}{1, "a"}
	fmt.Println(s1 == s2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
}

// Output:
// true false true
// true
// false
// true
// true
// false true
