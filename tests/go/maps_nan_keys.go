// maps with NaN keys: Clone copies every NaN entry (each is distinct),
// Equal reports false because NaN keys never match, Copy adds new NaN
// entries, and DeleteFunc cannot remove them (delete with NaN is a no-op).
package main

import (
	"fmt"
	"maps"
	"math"
)

func main() {
	m := map[float64]string{math.NaN(): "a", math.NaN(): "b", 1: "one"}
	c := maps.Clone(m)
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	maps.Copy(c, m)
	fmt.Println(len(c))
	// delete with a NaN key removes nothing: the NaN entries stay.
	maps.DeleteFunc(c, func(k float64, v string) bool { return k != k })
	fmt.Println(len(c), c[1])
	maps.DeleteFunc(c, func(k float64, v string) bool { return k == 1 })
	fmt.Println(len(c))
	fmt.Println(maps.Equal(map[float64]int{1: 1}, map[float64]int{1: 1}))
}

// Output:
// 3 3 false
// 5
// 5 one
// 4
// true
