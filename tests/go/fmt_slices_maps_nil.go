package main

import "fmt"

type P struct{ X int }

func main() {
	var sl []int
	var m map[string]int
	var p *P
	var i interface{}
	var e error
	var f func()
	fmt.Println(sl, m, p, i, e, f == nil)
	fmt.Printf("%v %v %v %v %v\n", sl, m, p, i, e)
	fmt.Printf("%d %s\n", sl, sl)
	fmt.Printf("%+v %#v\n", p, p)
	fmt.Println([]*P{nil, {1}}[1], []interface{}{nil, 1, "a", nil})
	fmt.Println([][]int{{1, 2}, nil, {}})
	fmt.Println(map[string][]string{"a": nil, "b": {"x"}})
	fmt.Println([]string{"", "a", ""}, len([]string{"", ""}))
	fmt.Printf("%q\n", []string{"", "a"})
	fmt.Printf("%v %d\n", [3]int{1, 2, 3}, [2]int{4, 5})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]int{10, 255})
	fmt.Println(map[int]*P{1: nil})
	fmt.Println(&[]int{1}, &map[string]int{"a": 1}, &[2]bool{})
	pp := &p
	fmt.Println(*pp)
}

// Output:
// [] map[] <nil> <nil> <nil> true
// [] map[] <nil> <nil> <nil>
// [] []
// <nil> (*main.P)(nil)
// &{1} [<nil> 1 a <nil>]
// [[1 2] [] []]
// map[a:[] b:[x]]
// [ a ] 2
// ["" "a"]
// [1 2 3] [4 5]
// [a ff] [A FF]
// map[1:<nil>]
// &[1] &map[a:1] &[false false]
// <nil>
