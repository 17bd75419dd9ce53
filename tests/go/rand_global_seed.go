// The top-level math/rand functions: after rand.Seed they give the
// seeded sequence (as rand.New(rand.NewSource(seed)) does).
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(42)
	a := []int{rand.Intn(100), rand.Intn(100), rand.Intn(100)}
	f := rand.Float64()
	p := rand.Perm(5)
	r := rand.New(rand.NewSource(42))
	b := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	fmt.Println(a, b, f == r.Float64(), p)
	rand.Seed(42)
	fmt.Println(rand.Intn(100), rand.Int63(), rand.Uint32(), rand.Int31n(10), rand.ExpFloat64())
	x := []int{1, 2, 3, 4}
	rand.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x, rand.Int63n(50), rand.Float32(), rand.Uint64(), rand.Int31(), rand.Int(), rand.NormFloat64())
}

// Output:
// [5 87 68] [5 87 68] true [3 1 0 4 2]
// 5 608747136543856411 2594563336 0 0.11596423879404183
// [4 1 3 2] 18 0.6463764 6784982874943501314 468025967 3335934666146214990 0.3455894937562567
