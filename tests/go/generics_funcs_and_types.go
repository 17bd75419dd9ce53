package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func MaxOf[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](4, 5), Sum[int64]())
	strs := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs, len(strs))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) })
	fmt.Println(total)
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, Join(ps, ";"))
	fmt.Printf("%v %+v %T\n", ps[0], ps[1], ps[0])
	ks := Keys(map[string]bool{"only": true})
	fmt.Println(ks)
	fmt.Println(MaxOf(3, 7), MaxOf("abc", "abd"), MaxOf(2.5, -1.0))
	var l List[int]
	for i := 0; i < 4; i++ {
		l.Add(i * i)
	}
	l.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println(l.size)
	fmt.Println(Index([]string{"x", "y", "z"}, "z"), Index([]float64{1.5}, 2))
	f := Map[int, int]
	fmt.Println(f([]int{1, 2}, func(x int) int { return -x }))
}

// Output:
// 6 4 9 0
// [* ** ***] 3
// [2 4 6]
// 6
// y true 1
// [a=1 b=2] a=1;b=2
// a=1 b=2 main.Pair[string,int]
// [only]
// 7 abd 2.5
// 9 4 1 0 4
// 2 -1
// [-1 -2]
