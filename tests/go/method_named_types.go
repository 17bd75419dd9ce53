package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type IntList []int
type Set map[string]bool
type Op func(int) int
type Name string

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

func (s Set) Add(k string)        { s[k] = true }
func (s Set) Has(k string) bool   { return s[k] }
func (o Op) Twice(x int) int      { return o(o(x)) }
func (n Name) Upper() string      { return strings.ToUpper(string(n)) }

func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var l IntList
	l.Add(3)
	l.Add(4)
	fmt.Println(l, l.Sum(), len(l))
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
	fmt.Println(Name("gopher").Upper())
}

// Output:
// 212 -40
// [3 4] 7 2
// true false 1
// 7
// GOPHER
