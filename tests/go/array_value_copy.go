package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[1] = 200
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	var z [4]string
	fmt.Printf("%q %d\n", z, len(z))
	arrs := [][2]int{{1, 2}, {3, 4}}
	x := arrs[0]
	x[0] = 50
	fmt.Println(arrs, x)
	for _, v := range arrs {
		v[1] = -1
	}
	fmt.Println(arrs)
	type S struct{ A [2]int }
	s1 := S{[2]int{7, 8}}
	s2 := s1
	s2.A[0] = 0
	fmt.Println(s1, s2)
}

// Output:
// [1 2 3] [99 2 3]
// [1 2 3] [100 2 3]
// [1 200 3]
// ["" "" "" ""] 4
// [[1 2] [3 4]] [50 2]
// [[1 2] [3 4]]
// {[7 8]} {[0 8]}
