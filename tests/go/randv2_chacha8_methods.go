// math/rand/v2 methods over a ChaCha8 source with a fixed seed (values
// follow from the ChaCha8Rand sample stream), and PCG reseeding.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(i)
	}
	r := rand.New(rand.NewChaCha8(seed))
	fmt.Println(r.Uint64(), r.Int64(), r.Uint32(), r.Int32(), r.Int(), r.Uint())
	fmt.Println(r.IntN(100), r.Int64N(1e12), r.Uint64N(7), r.UintN(3), r.Float64(), r.Float32())
	fmt.Println(r.Perm(8), r.NormFloat64(), r.ExpFloat64())
	p := rand.NewPCG(1, 2)
	a := p.Uint64()
	p.Seed(1, 2)
	fmt.Println(a == p.Uint64(), a)
	var z rand.PCG
	fmt.Println(z.Uint64() == rand.NewPCG(0, 0).Uint64())
}

// Output:
// 12537355132343524571 1923947387341962973 647515738 1029597875 3860003532627557287 1777580304233269530
// 18 605970088826 5 1 0.18255296321656722 0.68560475
// [4 7 1 5 0 6 3 2] 0.29875314701299627 2.2051021603407497
// true 14192431797130687760
// true
