// Without Seed the top-level math/rand functions are randomly seeded (Go
// 1.20+): only ranges are printed.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	ok := true
	for i := 0; i < 10000; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if v := rand.Int63n(3); v < 0 || v > 2 {
			ok = false
		}
	}
	fmt.Println(ok, len(rand.Perm(8)))
	b := make([]byte, 4)
	n, err := rand.Read(b)
	fmt.Println(n, err)
}

// Output:
// true 8
// 4 <nil>
