// sort.Slice panics when given something that is not a slice, with the
// reflect error Go reports.
package main

import (
	"fmt"
	"sort"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		sort.Slice(42, func(i, j int) bool { return false })
	}()
	sort.Slice("not a slice", func(i, j int) bool { return false })
}

// Output:
// recovered: reflect: call of Swapper on string Value
// Panic: reflect: call of Swapper on string Value
