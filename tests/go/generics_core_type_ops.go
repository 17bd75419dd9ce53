package main

import "fmt"

type Ints []int

func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	tail := append(make(S, 0, len(s)-i), s[i:]...)
	s = append(s[:i], v...)
	return append(s, tail...)
}

func IsNil[S ~[]E, E any](s S) bool { return s == nil }

func Grow[S ~[]E, E any](s S, n int) S {
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make(S, n)...)[:len(s)]
	}
	return s
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var r []K
	for k := range m {
		r = append(r, k)
	}
	return r
}

func MapNil[M ~map[K]V, K comparable, V any](m M) bool { return m == nil }

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S(nil), s...)
}

func main() {
	x := Insert(Ints{1, 2, 5}, 2, 3, 4)
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(IsNil[[]int](nil), IsNil(Ints{}))
	g := Grow[[]int](nil, 3)
	fmt.Println(len(g), cap(g) >= 3)
	fmt.Println(len(Keys(map[string]int{"a": 1})), MapNil[map[int]int](nil))
	fmt.Println(Clone(Ints{7, 8}), Clone[[]string](nil) == nil)
}

// Output:
// main.Ints [1 2 3 4 5]
// true false
// 0 true
// 1 true
// [7 8] true
