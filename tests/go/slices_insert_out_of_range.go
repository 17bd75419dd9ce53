// slices.Insert at an index beyond the length panics with the runtime's
// slice bounds error (Go 1.21: the function checks s[i:] first).
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2}
	fmt.Println(slices.Insert(s, 2, 3))
	fmt.Println(slices.Insert(s, 5, 9))
}

// Output:
// [1 2 3]
// Panic: runtime error: slice bounds out of range [5:2]
