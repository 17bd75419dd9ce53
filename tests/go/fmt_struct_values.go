package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface interface{}
}

func main() {
	in := Inner{1, "x"}
	o := Outer{"o", in, &in, []int{1, 2}, map[string]int{"k": 1}, 3.5}
	fmt.Printf("%v\n", in)
	fmt.Printf("%+v\n", in)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%v\n", &in)
	fmt.Printf("%+v\n", &in)
	fmt.Println(o.In, o.List, o.M, o.Iface)
	var empty Outer
	fmt.Printf("%v\n", empty)
	fmt.Printf("%+v\n", empty)
	fmt.Printf("%#v %#v %#v\n", 42, "s", []int{1})
	fmt.Printf("%#v %#v\n", map[string]bool{"t": true}, [2]string{"a", "b"})
	pp := []*Inner{{2, "y"}}
	fmt.Printf("%v\n", *pp[0])
	nested := struct {
		P *Inner
		Q []Inner
	}{nil, []Inner{{3, "z"}}}
	fmt.Printf("%+v\n", nested)
	fmt.Printf("%v\n", struct{ A, B interface{} }{nil, []string{}})
}

// Output:
// {1 x}
// {A:1 B:x}
// main.Inner{A:1, B:"x"}
// &{1 x}
// &{A:1 B:x}
// {1 x} [1 2] map[k:1] 3.5
// { {0 } <nil> [] map[] <nil>}
// {Name: In:{A:0 B:} Ptr:<nil> List:[] M:map[] Iface:<nil>}
// 42 "s" []int{1}
// map[string]bool{"t":true} [2]string{"a", "b"}
// {2 y}
// {P:<nil> Q:[{A:3 B:z}]}
// {<nil> []}
