// sort.Stable and sort.SliceStable keep equal elements in input order for
// sizes around the insertion-sort block size (20) and its powers of two;
// sort.Sort's result for the same input is printed for contrast.
package main

import (
	"fmt"
	"sort"
)

type kv struct{ k, seq int }

type byK []kv

func (s byK) Len() int           { return len(s) }
func (s byK) Less(i, j int) bool { return s[i].k < s[j].k }
func (s byK) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func stableOK(s []kv) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1].k == s[i].k && s[i-1].seq > s[i].seq {
			return false
		}
	}
	return true
}

func main() {
	for _, n := range []int{19, 20, 21, 40, 41, 80, 160, 1000} {
		mk := func() []kv {
			s := make([]kv, n)
			for i := range s {
				s[i] = kv{(i * 7919) % 5, i}
			}
			return s
		}
		a, b, c := mk(), mk(), mk()
		sort.Stable(byK(a))
		sort.SliceStable(b, func(i, j int) bool { return b[i].k < b[j].k })
		sort.Sort(byK(c))
		fmt.Println(n, stableOK(a), stableOK(b), stableOK(c), sort.IsSorted(byK(c)))
	}
}

// Output:
// 19 true true false true
// 20 true true false true
// 21 true true false true
// 40 true true false true
// 41 true true false true
// 80 true true false true
// 160 true true false true
// 1000 true true false true
