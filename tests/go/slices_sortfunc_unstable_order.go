// slices.SortFunc is pattern-defeating quicksort generated from the same
// template as sort.Slice, so equal elements end in the same order as with
// sort.Slice (which Go 1.19 can check): both orders are printed and
// compared. slices.SortStableFunc keeps the input order of equals.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type rec struct{ key, id int }

func main() {
	for _, n := range []int{12, 40, 100} {
		a := make([]rec, n)
		x := uint32(7)
		for i := range a {
			x = x*1664525 + 1013904223
			a[i] = rec{int(x>>24) % 5, i}
		}
		b := slices.Clone(a)
		c := slices.Clone(a)
		slices.SortFunc(a, func(p, q rec) int { return cmp.Compare(p.key, q.key) })
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		slices.SortStableFunc(c, func(p, q rec) int { return cmp.Compare(p.key, q.key) })
		fmt.Println(n, slices.Equal(a, b), slices.IsSortedFunc(c, func(p, q rec) int {
			if p.key != q.key {
				return cmp.Compare(p.key, q.key)
			}
			return cmp.Compare(p.id, q.id)
		}))
		ids := make([]int, 0, n)
		for _, r := range a[:12] {
			ids = append(ids, r.id)
		}
		fmt.Println(ids)
	}
}

// Output:
// 12 true true
// [0 2 9 11 3 4 6 8 1 7 5 10]
// 40 true true
// [26 13 12 36 35 30 29 28 27 9 18 11]
// 100 true true
// [26 90 86 82 77 73 66 59 58 54 53 51]
