package main

import "fmt"

type Inner struct {
	Name  string
	Value int
}

func (i Inner) Hello() string { return "inner hello " + i.Name }
func (i Inner) Only() string  { return "only inner" }

type Outer struct {
	Inner
	Name string
}

func (o Outer) Hello() string { return "outer hello " + o.Name }

type Deep struct {
	Outer
	Value string
}

func main() {
	o := Outer{Inner{"in", 1}, "out"}
	fmt.Println(o.Name, o.Inner.Name)
	fmt.Println(o.Hello())
	fmt.Println(o.Inner.Hello())
	fmt.Println(o.Only(), o.Value)
	d := Deep{o, "deep"}
	fmt.Println(d.Value, d.Outer.Value, d.Inner.Value)
	fmt.Println(d.Name, d.Hello(), d.Only())
}

// Output:
// out in
// outer hello out
// inner hello in
// only inner 1
// deep 1 1
// out outer hello out only inner
