// Shuffle and Perm of math/rand/v2 with seeded PCG sources, reseeding
// with Seed, and NormFloat64/ExpFloat64 statistics over many samples.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func main() {
	src := rand.NewPCG(7, 7)
	r := rand.New(src)
	words := strings.Fields("ink runs from the corners of my mouth")
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	fmt.Println(r.Perm(10))
	src.Seed(7, 7)
	again := strings.Fields("ink runs from the corners of my mouth")
	r.Shuffle(len(again), func(i, j int) { again[i], again[j] = again[j], again[i] })
	fmt.Println(again)

	var sum, sumsq, esum float64
	const n = 20000
	for i := 0; i < n; i++ {
		x := r.NormFloat64()
		sum += x
		sumsq += x * x
		esum += r.ExpFloat64()
	}
	mean := sum / n
	fmt.Printf("%.2f %.1f %.1f\n", mean, sumsq/n, esum/n)
	fmt.Println(r.Float32() < 1, r.Int32N(1) == 0)
}

// Output:
// [from the of runs mouth corners ink my]
// [6 4 5 7 0 2 8 9 3 1]
// [from the of runs mouth corners ink my]
// 0.01 1.0 1.0
// true true
