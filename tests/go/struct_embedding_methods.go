package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Describe() string {
	return "animal " + a.Name
}

func (a *Animal) Rename(n string) {
	a.Name = n
}

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Bark() string {
	return d.Name + " says woof"
}

type Describer interface {
	Describe() string
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Describe())
	fmt.Println(d.Bark())
	d.Rename("Max")
	fmt.Println(d.Name, d.Describe())
	var i Describer = d
	fmt.Println(i.Describe())
	p := &d
	p.Rename("Buddy")
	fmt.Println(d.Animal.Describe(), p.Bark())
	f := d.Describe
	d.Rename("Later")
	fmt.Println(f(), d.Describe())
}

// Output:
// animal Rex
// Rex says woof
// Max animal Max
// animal Max
// animal Buddy Buddy says woof
// animal Buddy animal Later
