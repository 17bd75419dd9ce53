// sort.Ints, sort.Strings and sort.Float64s, with the AreSorted checks,
// on empty, single-element, duplicate-heavy and negative inputs.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, -2, 8, 0, -2, 9, 3, 3, 7, 1, 100, -50}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty), sort.IntsAreSorted(empty))
	one := []int{42}
	sort.Ints(one)
	fmt.Println(one)

	words := []string{"pear", "Apple", "banana", "apple", "", "Banana", "cherry", "éclair", "zebra"}
	sort.Strings(words)
	fmt.Printf("%q %v\n", words, sort.StringsAreSorted(words))

	fs := []float64{3.5, -1.25, 2, 1e10, -1e-10, 0, 2}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))

	same := []int{7, 7, 7, 7}
	sort.Ints(same)
	fmt.Println(same)
}

// Output:
// false
// [-50 -2 -2 0 1 3 3 5 7 8 9 100] true
// [] 0 true
// [42]
// ["" "Apple" "Banana" "apple" "banana" "cherry" "pear" "zebra" "éclair"] true
// [-1.25 -1e-10 0 2 2 3.5 1e+10] true
// [7 7 7 7]
