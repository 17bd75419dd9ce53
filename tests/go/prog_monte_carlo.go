// Monte Carlo estimates with a seeded math/rand source: pi from random
// points, the birthday paradox, and a random walk.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(31337))
	inside := 0
	const n = 200000
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y < 1 {
			inside++
		}
	}
	pi := 4 * float64(inside) / n
	fmt.Printf("pi ~ %.5f (error %.5f)\n", pi, math.Abs(pi-math.Pi))

	shared := 0
	for trial := 0; trial < 2000; trial++ {
		seen := map[int]bool{}
		for p := 0; p < 23; p++ {
			d := r.Intn(365)
			if seen[d] {
				shared++
				break
			}
			seen[d] = true
		}
	}
	fmt.Printf("birthday(23) ~ %.3f\n", float64(shared)/2000)

	pos, maxPos := 0, 0
	for i := 0; i < 1000; i++ {
		if r.Intn(2) == 0 {
			pos++
		} else {
			pos--
		}
		if pos > maxPos {
			maxPos = pos
		}
	}
	fmt.Println("walk end", pos, "max", maxPos, "perm", r.Perm(6))
}

// Output:
// pi ~ 3.14480 (error 0.00321)
// birthday(23) ~ 0.506
// walk end 26 max 30 perm [5 2 3 0 1 4]
