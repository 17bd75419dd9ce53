package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

type Named struct {
	*Counter
	label string
}

type Incer interface {
	Inc()
	Get() int
}

func main() {
	c := &Counter{}
	a := Named{c, "a"}
	b := Named{c, "b"}
	a.Inc()
	b.Inc()
	b.Inc()
	fmt.Println(a.Get(), b.Get(), c.n)
	var i Incer = a
	i.Inc()
	fmt.Println(i.Get(), c.Get())
	type Val struct{ Counter }
	v := Val{}
	v.Inc()
	v.Inc()
	fmt.Println(v.Get(), v.n)
	var j Incer = &v
	j.Inc()
	fmt.Println(v.n)
}

// Output:
// 3 3 3
// 4 4
// 2 2
// 3
