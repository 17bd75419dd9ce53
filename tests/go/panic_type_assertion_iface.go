package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

func main() {
	var a Animal = Dog{}
	fmt.Println(a.Sound())
	c := a.(Cat)
	fmt.Println(c)
}

// Output:
// woof
// Panic: interface conversion: main.Animal is main.Dog, not main.Cat
