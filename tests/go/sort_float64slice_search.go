// sort.Float64Slice with NaN, Inf and -0: Sort, Search for values around
// them, and IsSorted before and after.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	fs := sort.Float64Slice{math.Inf(1), 2, math.NaN(), -0.0, math.Copysign(0, -1), math.Inf(-1), 1e-300, -1e300}
	fmt.Println(sort.IsSorted(fs))
	fs.Sort()
	fmt.Println(fs, sort.IsSorted(fs))
	for _, v := range []float64{math.Inf(-1), -1, 0, 1e-300, 3, math.Inf(1), math.NaN()} {
		fmt.Print(fs.Search(v), " ")
	}
	fmt.Println(len(fs))
	fmt.Println(fs.Less(0, 1), fs.Less(1, 0), sort.Float64Slice{math.NaN(), math.NaN()}.Less(0, 1))
}

// Output:
// false
// [NaN -Inf -1e+300 0 -0 1e-300 2 +Inf] true
// 1 3 3 5 7 7 8 8
// true false false
