// %#v for values of every kind, with and without a GoString method.
package main

import (
	"fmt"
)

type Celsius float64

type point struct {
	X, Y int
	tag  string
}

type secret string

func (s secret) GoString() string { return `secret("***")` }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type node struct {
	Val  int
	Next *node
}

func main() {
	var ip *int
	var e error
	vals := []any{
		42, int8(-3), uint16(7), uintptr(9), 3.0, float32(0.1), Celsius(36.6), 1 + 2i, complex64(1),
		"q\"uote", 'x', byte(255), true, nil, ip, e,
		[]int{1, 2}, []int(nil), []string{}, [2]bool{true}, map[string]int{"b": 2, "a": 1}, map[int]string(nil),
		point{1, 2, "t"}, &point{3, 4, ""}, struct{}{}, struct{ A []byte }{[]byte("hi")},
		secret("pw"), []secret{"a"}, Red, []Color{Green}, []any{1, "a", nil},
		node{1, nil}, [0]int{}, map[point]bool{{1, 1, ""}: true},
	}
	for _, v := range vals {
		fmt.Printf("%#v\n", v)
	}
	fmt.Printf("%v %+v %#v\n", point{5, 6, "z"}, point{5, 6, "z"}, Green)
	fmt.Printf("%#x %#o %#b %#q %#U\n", 255, 8, 5, "back`tick", '⌘')
}

// Output:
// 42
// -3
// 0x7
// 0x9
// 3
// 0.1
// 36.6
// (1+2i)
// (1+0i)
// "q\"uote"
// 120
// 0xff
// true
// <nil>
// (*int)(nil)
// <nil>
// []int{1, 2}
// []int(nil)
// []string{}
// [2]bool{true, false}
// map[string]int{"a":1, "b":2}
// map[int]string(nil)
// main.point{X:1, Y:2, tag:"t"}
// &main.point{X:3, Y:4, tag:""}
// struct {}{}
// struct { A []uint8 }{A:[]uint8{0x68, 0x69}}
// secret("***")
// []main.secret{secret("***")}
// 0
// []main.Color{1}
// []interface {}{1, "a", interface {}(nil)}
// main.node{Val:1, Next:(*main.node)(nil)}
// [0]int{}
// map[main.point]bool{main.point{X:1, Y:1, tag:""}:true}
// {5 6 z} {X:5 Y:6 tag:z} 1
// 0xff 010 0b101 "back`tick" U+2318 '⌘'
