// sort.Float64s orders NaNs first; 0 and -0 compare equal, so their
// relative order comes from the algorithm (Go's pdqsort) and shows when
// printed.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	fs := []float64{1, nan, -1, negz, 0, math.Inf(1), nan, math.Inf(-1), 0, negz, 2}
	sort.Float64s(fs)
	fmt.Println(fs)
	fmt.Println(sort.Float64sAreSorted(fs))

	// Longer input: many zeros of both signs.
	var zs []float64
	for i := 0; i < 40; i++ {
		if i%3 == 0 {
			zs = append(zs, negz)
		} else if i%5 == 0 {
			zs = append(zs, nan)
		} else {
			zs = append(zs, float64(i%4)-1.5)
		}
		zs = append(zs, 0)
	}
	sort.Float64s(zs)
	s := ""
	for _, z := range zs {
		switch {
		case math.IsNaN(z):
			s += "N"
		case z == 0 && math.Signbit(z):
			s += "-"
		case z == 0:
			s += "0"
		default:
			s += "x"
		}
	}
	fmt.Println(s)
	fmt.Println(sort.SearchFloat64s(fs, 1), sort.SearchFloat64s(fs, math.Inf(1)))
}

// Output:
// [NaN NaN -Inf -1 -0 0 0 -0 1 2 +Inf]
// true
// NNNNNxxxxxxxxxx0-0-000-0-00000-0-000-00-00-000000000-0-0-000-00000-00xxxxxxxxxxx
// 8 10
