// slices.Max of an empty slice panics.
package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Max([]int{1, 2}))
	fmt.Println(slices.Max([]int{}))
}

// Output:
// 2
// Panic: slices.Max: empty list
