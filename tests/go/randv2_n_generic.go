// rand.N (generic) and the top-level functions of math/rand/v2: randomly
// seeded, so only ranges and types are printed; a PCG Rand gives fixed
// values for the bounded methods.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.N(10); v < 0 || v >= 10 {
			ok = false
		}
		if d := rand.N(100 * time.Millisecond); d < 0 || d >= 100*time.Millisecond {
			ok = false
		}
		if u := rand.N(uint8(3)); u >= 3 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if v := rand.IntN(5); v < 0 || v >= 5 {
			ok = false
		}
		if v := rand.Int64N(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := rand.Uint32N(7); v >= 7 {
			ok = false
		}
	}
	fmt.Println(ok)
	fmt.Printf("%T %T\n", rand.N(int64(5)), rand.N(time.Second))
	p := rand.Perm(6)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println(len(p), len(seen))

	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r.Uint64N(1000), r.UintN(1<<20), r.IntN(1<<62), r.Uint64(), r.Int(), r.Uint())
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.N(0)
}

// Output:
// true
// int64 time.Duration
// 6 6
// 941 161563 2806300575800681210 9284045773839255641 8565677192263986059 369442286208068838
// recovered: invalid argument to N
