// User-written generic helpers on top of slices and cmp: Map, Filter,
// Reduce, a generic Keys with sorted output, and GroupBy.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, v := range s {
		k := key(v)
		g[k] = append(g[k], v)
	}
	return g
}

func main() {
	nums := []int{5, 3, 8, 1, 9, 2, 7}
	sq := Map(nums, func(n int) int { return n * n })
	even := Filter(sq, func(n int) bool { return n%2 == 0 })
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println(sq, even, sum)
	words := strings.Fields("pear apple fig banana kiwi cherry date")
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, slices.Max(lens), slices.Index(lens, 6))
	groups := GroupBy(words, func(s string) int { return len(s) })
	for _, k := range SortedKeys(groups) {
		g := groups[k]
		slices.Sort(g)
		fmt.Println(k, g)
	}
	joined := Reduce(words, "", func(acc string, w string) string {
		if acc == "" {
			return w
		}
		return acc + "," + w
	})
	fmt.Println(joined)
	fmt.Println(SortedKeys(map[float64]bool{2.5: true, -1: false, 0: true}))
}

// Output:
// [25 9 64 1 81 4 49] [64 4] 35
// [4 5 3 6 4 6 4] 6 3
// 3 [fig]
// 4 [date kiwi pear]
// 5 [apple]
// 6 [banana cherry]
// pear,apple,fig,banana,kiwi,cherry,date
// [-1 0 2.5]
