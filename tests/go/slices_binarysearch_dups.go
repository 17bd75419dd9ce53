// slices.BinarySearch returns the first position of duplicates;
// BinarySearchFunc with a target of another type; inserting at the found
// position keeps the slice sorted.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type event struct {
	at   int
	name string
}

func main() {
	xs := []int{1, 2, 2, 2, 5, 8, 8, 13}
	for _, t := range []int{0, 2, 3, 8, 13, 14} {
		i, found := slices.BinarySearch(xs, t)
		fmt.Println(t, i, found)
	}
	evs := []event{{10, "boot"}, {20, "login"}, {35, "work"}, {50, "logout"}}
	for _, at := range []int{20, 21, 60} {
		i, found := slices.BinarySearchFunc(evs, at, func(e event, t int) int { return cmp.Compare(e.at, t) })
		fmt.Println(at, i, found)
		if !found {
			evs = slices.Insert(evs, i, event{at, "new"})
		}
	}
	fmt.Println(evs, slices.IsSortedFunc(evs, func(a, b event) int { return cmp.Compare(a.at, b.at) }))
}

// Output:
// 0 0 false
// 2 1 true
// 3 4 false
// 8 5 true
// 13 7 true
// 14 8 false
// 20 1 true
// 21 2 false
// 60 5 false
// [{10 boot} {20 login} {21 new} {35 work} {50 logout} {60 new}] true
