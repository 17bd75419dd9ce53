// slices.Sort on floats with NaN and signed zeros (NaN first, -0 and 0
// equal), on strings (byte order) and on a named integer type; IsSorted
// and BinarySearch on the results.
package main

import (
	"fmt"
	"math"
	"slices"
)

type Grade uint8

func main() {
	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2.5, math.NaN()}
	slices.Sort(fs)
	fmt.Println(fs, slices.IsSorted(fs))
	i, ok := slices.BinarySearch(fs, 2.5)
	fmt.Println(i, ok)
	i, ok = slices.BinarySearch(fs, math.NaN())
	fmt.Println(i, ok)
	ss := []string{"b", "B", "a", "á", "A", "", "aa", "ab"}
	slices.Sort(ss)
	fmt.Printf("%q\n", ss)
	gs := []Grade{90, 55, 70, 100, 55}
	slices.Sort(gs)
	fmt.Println(gs, slices.Contains(gs, 70))
	i, ok = slices.BinarySearch(gs, 55)
	fmt.Println(i, ok)
	i, ok = slices.BinarySearch(gs, 60)
	fmt.Println(i, ok)
}

// Output:
// [NaN NaN -Inf -1 0 2.5 3 +Inf] true
// 5 true
// 0 true
// ["" "A" "B" "a" "aa" "ab" "b" "á"]
// [55 55 70 90 100] true
// 0 true
// 2 false
