// sort.Search (smallest index where f is true), sort.Find (Go 1.19:
// smallest index with cmp <= 0, and whether it is == 0), and the
// convenience searches, including absent values, ends and empty slices.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 3, 3, 7, 10, 15}
	for _, v := range []int{0, 1, 3, 4, 15, 16} {
		i := sort.Search(len(a), func(i int) bool { return a[i] >= v })
		j := sort.SearchInts(a, v)
		fmt.Println(v, i, j, i < len(a) && a[i] == v)
	}
	fmt.Println(sort.Search(0, func(int) bool { return true }))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 2000 }))

	names := []string{"ada", "bob", "eve", "zoe"}
	for _, t := range []string{"bob", "carl", "zzz", ""} {
		i, found := sort.Find(len(names), func(i int) int { return strings.Compare(t, names[i]) })
		fmt.Println(t, i, found, sort.SearchStrings(names, t))
	}
	i, found := sort.Find(0, func(int) int { return 0 })
	fmt.Println(i, found)

	// Guessing game: the number is found by halving.
	secret := 37
	calls := 0
	got := sort.Search(100, func(i int) bool { calls++; return i >= secret })
	fmt.Println(got, calls)
}

// Output:
// 0 0 0 false
// 1 0 0 true
// 3 1 1 true
// 4 4 4 false
// 15 6 6 true
// 16 7 7 false
// 0
// 45
// bob 1 true 1
// carl 2 false 2
// zzz 4 false 4
//  0 false 0
// 0 false
// 37 7
