package main

import "fmt"

type Res struct{ name string }

func (r Res) Close()      { fmt.Println("close", r.name) }
func (r *Res) PClose()    { fmt.Println("pclose", r.name) }

func main() {
	r := Res{"a"}
	defer r.Close()
	defer r.PClose()
	r.name = "b"
	f := func(s string) { fmt.Println("func value", s) }
	defer f("x")
	f = func(s string) { fmt.Println("replaced", s) }
	fmt.Println("body")
}

// Output:
// body
// func value x
// pclose b
// close a
