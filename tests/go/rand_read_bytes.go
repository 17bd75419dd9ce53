// math/rand Rand.Read: 7 bytes per Int63, leftover bytes carried to the
// next call; Seed resets the carry.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(5))
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Printf("%d %v %x\n", n, err, b)
	c := make([]byte, 3)
	r.Read(c)
	fmt.Printf("%x\n", c)
	r.Read(c)
	fmt.Printf("%x\n", c)
	r.Seed(5)
	r.Read(b)
	fmt.Printf("%x\n", b)
	fmt.Println(r.Int63())
}

// Output:
// 10 <nil> c00913e02a63e4cf532d
// 9b2ce2
// 82fad8
// c00913e02a63e4cf532d
// 9033237450861500666
