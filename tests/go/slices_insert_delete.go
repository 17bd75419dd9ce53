// slices.Insert, Delete and DeleteFunc: results, lengths and capacities,
// and the zeroed tail left behind (Go 1.22).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	names = slices.Insert(names, 1, "Bill", "Billie")
	names = slices.Insert(names, len(names), "Zac")
	fmt.Println(names, len(names))

	s := make([]int, 3, 10)
	copy(s, []int{1, 2, 3})
	t := slices.Insert(s, 1, 9, 9)
	fmt.Println(t, len(t), cap(t), cap(s))
	u := slices.Insert([]int{1, 2, 3}, 0, 7, 8, 9, 10)
	fmt.Println(u, len(u), cap(u))
	fmt.Println(slices.Insert([]int{1}, 1), slices.Insert([]int(nil), 0, 5))

	letters := []string{"a", "b", "c", "d", "e"}
	full := letters
	letters = slices.Delete(letters, 1, 4)
	fmt.Printf("%q %q\n", letters, full)

	nums := []int{0, 1, 1, 2, 3, 5, 8}
	all := nums
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%2 != 0 })
	fmt.Println(nums, all)
	fmt.Println(slices.Delete([]int{1, 2, 3}, 1, 1), slices.Delete([]int{1, 2, 3}, 0, 3))

	defer func() { fmt.Println("recovered:", recover() != nil) }()
	slices.Delete([]int{1, 2}, 1, 3)
}

// Output:
// [Alice Bill Billie Bob Vera Zac] 6
// [1 9 9 2 3] 5 10 10
// [7 8 9 10 1 2 3] 7 8
// [1] [5]
// ["a" "e"] ["a" "e" "" "" ""]
// [0 2 8] [0 2 8 0 0 0 0]
// [1 2 3] []
// recovered: true
