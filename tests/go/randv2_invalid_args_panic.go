// math/rand/v2 panics with "invalid argument to IntN" for n <= 0.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	fmt.Println(r.IntN(1), r.Uint64N(1), r.Int64N(1))
	defer func() {
		fmt.Println("recovered:", recover())
		r.IntN(-5)
	}()
	r.Uint32N(0)
}

// Output:
// 0 0 0
// recovered: invalid argument to Uint32N
// Panic: invalid argument to Uint32N
