// generic_vs_specialised: generic functions and types against the same
// code written for one type. govm stencils generics (docs/design.md), so
// the ratios should be 1.
package main

import (
	"fmt"
	"time"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func SumInts(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type IntStack struct{ items []int }

func (s *IntStack) Push(v int) { s.items = append(s.items, v) }
func (s *IntStack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func timeIt(f func()) time.Duration {
	best := time.Duration(1 << 62)
	for r := 0; r < 3; r++ {
		start := time.Now()
		f()
		if el := time.Since(start); el < best {
			best = el
		}
	}
	return best
}

var sink int

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i
	}
	g := timeIt(func() {
		for i := 0; i < 2000; i++ {
			sink += Sum(xs)
		}
	})
	h := timeIt(func() {
		for i := 0; i < 2000; i++ {
			sink += SumInts(xs)
		}
	})
	fmt.Printf("sum generic/specialised: %.2f ratio\n", float64(g)/float64(h))

	g = timeIt(func() {
		m := 0
		for i := 0; i < 2000000; i++ {
			m = Max(m, i&1023)
		}
		sink += m
	})
	h = timeIt(func() {
		m := 0
		for i := 0; i < 2000000; i++ {
			m = MaxInt(m, i&1023)
		}
		sink += m
	})
	fmt.Printf("max generic/specialised: %.2f ratio\n", float64(g)/float64(h))

	g = timeIt(func() {
		var s Stack[int]
		for i := 0; i < 1000000; i++ {
			s.Push(i)
		}
		for i := 0; i < 1000000; i++ {
			sink += s.Pop()
		}
	})
	h = timeIt(func() {
		var s IntStack
		for i := 0; i < 1000000; i++ {
			s.Push(i)
		}
		for i := 0; i < 1000000; i++ {
			sink += s.Pop()
		}
	})
	fmt.Printf("stack generic/specialised: %.2f ratio\n", float64(g)/float64(h))
}
