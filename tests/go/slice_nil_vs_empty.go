package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d %q\n", a, b, a, []string(nil))
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var d []int
	d = d[:0]
	fmt.Println(d == nil, len(d))
	e := b[:0]
	fmt.Println(e == nil)
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	var s []string
	fmt.Printf("%#v %#v\n", s, []string{})
}

// Output:
// true false false
// 0 0 0 0
// [] [] []
// [] [] [] []
// [1] false
// true 0
// false
// true 0
// []string(nil) []string{}
