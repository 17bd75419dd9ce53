package main

import "fmt"

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) PGet() int { return t.x }
func (t *T) Set(v int) { t.x = v }

func main() {
	v := T{1}
	f := v.Get
	g := v.PGet
	v.x = 2
	fmt.Println(f(), g(), v.Get())
	set := v.Set
	set(50)
	fmt.Println(v.x, f(), g())
	p := &T{7}
	h := p.Get
	p.x = 8
	fmt.Println(h(), p.Get())
	funcs := []func() int{v.Get, p.Get}
	v.x, p.x = -1, -2
	fmt.Println(funcs[0](), funcs[1]())
	fmt.Printf("%T %T\n", f, set)
}

// Output:
// 1 2 2
// 50 1 50
// 7 8
// 50 8
// func() int func(int)
