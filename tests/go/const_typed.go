package main

import "fmt"

type Celsius float64
type Weekday int

const Boiling Celsius = 100
const Sunday Weekday = 0
const MaxU8 uint8 = 255
const Name string = "govm"
const Untyped = 42

func main() {
	fmt.Println(Boiling, Boiling/3)
	fmt.Printf("%T %T %T %T %T\n", Boiling, Sunday, MaxU8, Name, Untyped)
	var f float64 = Untyped
	var b byte = Untyped
	var c Celsius = Untyped
	fmt.Println(f, b, c)
	fmt.Println(MaxU8/2, MaxU8%7)
	var x uint8 = 200
	fmt.Println(x+MaxU8)
	d := Sunday + 3
	fmt.Printf("%v %T\n", d, d)
	const typedF float32 = 1.0 / 3
	fmt.Println(typedF)
	e := Boiling * 1.8
	fmt.Printf("%v %T\n", e, e)
}

// Output:
// 100 33.333333333333336
// main.Celsius main.Weekday uint8 string int
// 42 42 42
// 127 3
// 199
// 3 main.Weekday
// 0.33333334
// 180 main.Celsius
