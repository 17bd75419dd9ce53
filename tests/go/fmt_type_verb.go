package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Point struct{ X, Y int }
type Shape interface{ Area() float64 }

func main() {
	vals := []interface{}{
		1, int8(1), uint(1), uintptr(1), 1.5, float32(1.5), 1i, "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, MyInt(1), Point{}, &Point{},
		[]*Point{}, func(int) string { return "" }, errors.New("e"), struct{ A int }{},
		[]interface{}{}, map[Point]bool{}, new(int), [][]byte{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var s Shape
	fmt.Printf("%T\n", s)
	fmt.Printf("%T %T\n", main, fmt.Sprintf)
}

// Output:
// int
// int8
// uint
// uintptr
// float64
// float32
// complex128
// string
// int32
// uint8
// bool
// <nil>
// []int
// [3]string
// map[string][]int
// main.MyInt
// main.Point
// *main.Point
// []*main.Point
// func(int) string
// *errors.errorString
// struct { A int }
// []interface {}
// map[main.Point]bool
// *int
// [][]uint8
// <nil>
// func() func(string, ...interface {}) string
