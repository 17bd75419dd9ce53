package main

import "fmt"

type Stringer interface{ String() string }
type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	i = T{7}
	st, ok := i.(Stringer)
	fmt.Println(st.String(), ok)
	t := i.(T)
	fmt.Println(t.n)
	p, ok := i.(*T)
	fmt.Println(p == nil, ok)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
	var sv Stringer = T{3}
	tv, ok := sv.(T)
	fmt.Println(tv, ok)
	if v, ok := i.(interface{ String() string }); ok {
		fmt.Println("anon iface:", v)
	}
}

// Output:
// 42 true
// "" false
// 0 false
// T7 true
// 7
// true false
// false
// T3 true
// anon iface: T7
