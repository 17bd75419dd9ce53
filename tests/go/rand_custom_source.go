// rand.New with a user-defined Source (no Uint64: Uint64 is built from
// two Int63 calls) and with a Source64; Seed reseeds through the source.
package main

import (
	"fmt"
	"math/rand"
)

// counter is a deliberately poor source: it counts.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 1 << 40; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

type wrapped struct{ rand.Source64 }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Intn(10), r.Float64())
	r.Seed(5)
	fmt.Println(r.Int63(), r.Perm(4))
	b := make([]byte, 9)
	r.Read(b)
	fmt.Printf("%x\n", b)

	src := rand.NewSource(8).(rand.Source64)
	w := rand.New(wrapped{src})
	ref := rand.New(rand.NewSource(8))
	fmt.Println(w.Uint64() == ref.Uint64(), w.Int63() == ref.Int63())
}

// Output:
// 1099511627776 1024 1536 1280 6 8.344650268554688e-07
// 1099511627781 [3 2 0 1]
// 050000000006000500
// true true
