// slices.Compact, CompactFunc and Replace, with the zeroed tails.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	seq := []int{0, 1, 1, 2, 3, 5, 8}
	seq = slices.Compact(seq)
	fmt.Println(seq)

	runs := []int{1, 1, 1, 2, 2, 1, 1, 3, 3, 3, 3}
	orig := runs
	runs = slices.Compact(runs)
	fmt.Println(runs, orig)

	names := []string{"bob", "Bob", "alice", "Vera", "VERA"}
	names = slices.CompactFunc(names, strings.EqualFold)
	fmt.Println(names)
	fmt.Println(slices.Compact([]int{}), slices.Compact([]int{4}))

	r := []string{"Alice", "Bob", "Vera", "Zac"}
	r = slices.Replace(r, 1, 3, "Bill", "Billie", "Cat")
	fmt.Println(r)

	w := []int{1, 2, 3, 4, 5, 6}
	keep := w
	w = slices.Replace(w, 1, 5, 0)
	fmt.Println(w, keep)
	fmt.Println(slices.Replace([]int{1, 2, 3}, 3, 3, 4, 5))
}

// Output:
// [0 1 2 3 5 8]
// [1 2 1 3] [1 2 1 3 0 0 0 0 0 0 0]
// [bob alice Vera]
// [] [4]
// [Alice Bill Billie Cat Zac]
// [1 0 6] [1 0 6 0 0 0]
// [1 2 3 4 5]
