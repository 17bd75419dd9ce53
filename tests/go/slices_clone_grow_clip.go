// slices.Clone, Grow and Clip, with lengths and capacities; Reverse and
// Concat (Go 1.22).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 42, -10, 8}
	clone := slices.Clone(numbers)
	fmt.Println(clone)
	clone[2] = 10
	fmt.Println(numbers)
	fmt.Println(slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)

	grow := slices.Grow(numbers, 2)
	fmt.Println(cap(numbers), grow, len(grow), cap(grow))
	fmt.Println(cap(slices.Grow(make([]int, 0, 10), 5)), cap(slices.Grow([]int(nil), 3)))

	a := [...]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := a[:4:10]
	clip := slices.Clip(s)
	fmt.Println(cap(s), clip, len(clip), cap(clip))

	names := []string{"alice", "Bob", "VERA"}
	slices.Reverse(names)
	fmt.Println(names)

	fmt.Println(slices.Concat([]int{0, 1, 2, 3}, []int{4, 5, 6}))
	fmt.Println(slices.Concat[[]int]() == nil, len(slices.Concat([]int{}, nil)))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Grow(numbers, -1)
}

// Output:
// [0 42 -10 8]
// [0 42 -10 8]
// true false
// 4 [0 42 -10 8] 4 8
// 10 3
// 10 [0 1 2 3] 4 4
// [VERA Bob alice]
// [0 1 2 3 4 5 6]
// true 0
// recovered: cannot be negative
