// Edge cases: sorting nil, empty and single-element inputs with every
// entry point, and searching them.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var ni []int
	sort.Ints(ni)
	sort.Slice(ni, func(i, j int) bool { return ni[i] < ni[j] })
	sort.SliceStable(ni, func(i, j int) bool { return ni[i] < ni[j] })
	sort.Stable(sort.IntSlice(ni))
	fmt.Println(ni == nil, sort.SearchInts(ni, 5), sort.SliceIsSorted(ni, func(i, j int) bool { return false }))

	es := []string{}
	sort.Strings(es)
	fmt.Println(len(es), es != nil)

	one := []float64{-0.0}
	sort.Float64s(one)
	fmt.Println(one, sort.SearchFloat64s(one, 1))

	two := []int{2, 1}
	sort.Slice(two, func(i, j int) bool { return two[i] < two[j] })
	fmt.Println(two)
}

// Output:
// true 0 true
// 0 true
// [0] 1
// [1 2]
