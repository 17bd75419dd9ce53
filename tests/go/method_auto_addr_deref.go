package main

import "fmt"

type T struct{ n int }

func (t T) Val() int      { return t.n }
func (t *T) Ptr() int     { t.n++; return t.n }
func (t *T) IsNil() bool  { return t == nil }

func main() {
	v := T{1}
	p := &T{10}
	a, b := v.Val(), v.Ptr()
	fmt.Println(a, b, v.n)
	c, d := p.Val(), p.Ptr()
	fmt.Println(c, d, p.n)
	arr := [2]T{{100}, {200}}
	arr[0].Ptr()
	fmt.Println(arr)
	sl := []T{{5}}
	sl[0].Ptr()
	fmt.Println(sl[0].Val())
	type W struct{ Inner T }
	w := W{T{7}}
	w.Inner.Ptr()
	fmt.Println(w.Inner.n)
	var np *T
	fmt.Println(np.IsNil())
	pp := &p
	fmt.Println((*pp).Val())
}

// Output:
// 1 2 2
// 10 11 11
// [{101} {200}]
// 6
// 8
// true
// 11
