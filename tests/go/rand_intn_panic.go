// rand.Intn panics for n <= 0.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(1))
	fmt.Println(r.Intn(0))
}

// Output:
// 0
// Panic: invalid argument to Intn
