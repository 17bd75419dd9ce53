// A histogram of 10000 seeded normal samples (math/rand), drawn with
// stars, plus quantiles from the sorted samples.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(12345))
	const n = 10000
	samples := make([]float64, n)
	buckets := make([]int, 12)
	for i := range samples {
		x := r.NormFloat64()*15 + 50
		samples[i] = x
		b := int((x - 5) / 7.5)
		if b < 0 {
			b = 0
		}
		if b >= len(buckets) {
			b = len(buckets) - 1
		}
		buckets[b]++
	}
	for i, c := range buckets {
		lo := 5 + float64(i)*7.5
		fmt.Printf("%5.1f-%5.1f %5d %s\n", lo, lo+7.5, c, strings.Repeat("#", c/40))
	}
	sort.Float64s(samples)
	for _, q := range []float64{0.01, 0.25, 0.5, 0.75, 0.99} {
		fmt.Printf("q%.2f=%.3f ", q, samples[int(q*n)])
	}
	fmt.Printf("min=%.3f max=%.3f\n", samples[0], samples[n-1])
}

// Output:
//   5.0- 12.5    59 #
//  12.5- 20.0   174 ####
//  20.0- 27.5   399 #########
//  27.5- 35.0   896 ######################
//  35.0- 42.5  1450 ####################################
//  42.5- 50.0  1992 #################################################
//  50.0- 57.5  1871 ##############################################
//  57.5- 65.0  1544 ######################################
//  65.0- 72.5   932 #######################
//  72.5- 80.0   451 ###########
//  80.0- 87.5   166 ####
//  87.5- 95.0    66 #
// q0.01=15.117 q0.25=40.551 q0.50=50.120 q0.75=60.296 q0.99=84.782 min=-10.895 max=106.443
