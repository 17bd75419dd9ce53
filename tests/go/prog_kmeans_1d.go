// One-dimensional k-means clustering of seeded random data (math/rand):
// clusters drawn from three normal distributions, centroids initialised
// from sorted quantiles, iterations until stable.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(2718))
	var data []float64
	for _, c := range []struct{ mean, sd float64 }{{10, 2}, {30, 3}, {60, 5}} {
		for i := 0; i < 200; i++ {
			data = append(data, c.mean+c.sd*r.NormFloat64())
		}
	}
	r.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
	sorted := append([]float64(nil), data...)
	sort.Float64s(sorted)
	k := 3
	cent := make([]float64, k)
	for i := range cent {
		cent[i] = sorted[(2*i+1)*len(sorted)/(2*k)]
	}
	assign := make([]int, len(data))
	for iter := 1; iter <= 50; iter++ {
		changed := 0
		for i, x := range data {
			best := 0
			for c := 1; c < k; c++ {
				if math.Abs(x-cent[c]) < math.Abs(x-cent[best]) {
					best = c
				}
			}
			if assign[i] != best || iter == 1 {
				changed++
			}
			assign[i] = best
		}
		sums := make([]float64, k)
		counts := make([]int, k)
		for i, x := range data {
			sums[assign[i]] += x
			counts[assign[i]]++
		}
		for c := range cent {
			cent[c] = sums[c] / float64(counts[c])
		}
		fmt.Printf("iter %d changed %3d centroids %.3f %.3f %.3f sizes %v\n", iter, changed, cent[0], cent[1], cent[2], counts)
		if changed == 0 {
			break
		}
	}
}

// Output:
// iter 1 changed 600 centroids 10.093 29.877 59.636 sizes [201 201 198]
// iter 2 changed   0 centroids 10.093 29.877 59.636 sizes [201 201 198]
