package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Extra struct {
	Note string
}

type Derived struct {
	Base
	*Extra
	Level int
}

func main() {
	d := Derived{Base: Base{1, "base"}, Extra: &Extra{"n"}, Level: 3}
	fmt.Println(d.ID, d.Name, d.Note, d.Level)
	d.ID = 42
	d.Base.Name = "changed"
	fmt.Println(d.Base.ID, d.Name)
	d.Note = "via ptr"
	fmt.Println(d.Extra.Note)
	b := d.Base
	b.ID = 0
	fmt.Println(d.ID, b.ID)
	fmt.Printf("%+v\n", d.Base)
	var d2 Derived
	d2.Name = "zero"
	fmt.Println(d2.Base, d2.Extra == nil)
}

// Output:
// 1 base n 3
// 42 changed
// via ptr
// 42 0
// {ID:42 Name:changed}
// {0 zero} true
