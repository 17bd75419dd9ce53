// math/rand edge cases: Perm(0) and Perm(1), Shuffle of 0 and 1
// elements, Intn(1), Int63n of a power of two, Float64 never 1, and
// reading 0 bytes.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Perm(0), r.Perm(1), len(r.Perm(0)))
	calls := 0
	r.Shuffle(0, func(i, j int) { calls++ })
	r.Shuffle(1, func(i, j int) { calls++ })
	fmt.Println(calls)
	fmt.Println(r.Intn(1), r.Int63n(1), r.Int31n(1), r.Int63n(1<<40), r.Int31n(1<<20))
	ok := true
	for i := 0; i < 100000; i++ {
		if f := r.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := r.Float32(); f < 0 || f >= 1 {
			ok = false
		}
	}
	n, err := r.Read(nil)
	fmt.Println(ok, n, err)
	fmt.Println(r.Uint32(), r.Int63())
}

// Output:
// [] [0] 0
// 0
// 0 0 0 555288552145 643462
// true 0 <nil>
// 2178483104 5137545702928609469
