// sort.Reverse over the convenience types, and their Sort and Search
// methods.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)

	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), ss.Search("bb"), ss.Len())

	fs := sort.Float64Slice{2.5, -1, 0}
	sort.Sort(sort.Reverse(fs))
	fmt.Println(fs)
	fs.Sort()
	fmt.Println(fs, fs.Search(0))

	is := sort.IntSlice{5, 2, 9}
	is.Sort()
	fmt.Println(is, is.Search(6), is.Less(0, 1))
	is.Swap(0, 2)
	fmt.Println(is)
}

// Output:
// [9 6 5 5 5 4 3 3 2 1 1]
// [a b c] 1 2 3
// [2.5 0 -1]
// [-1 0 2.5] 1
// [2 5 9] 2 true
// [9 5 2]
