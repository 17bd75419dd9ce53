// math/rand/v2's ChaCha8 against the sample output published with the
// ChaCha8Rand specification (c2sp.org/chacha8rand) for the seed
// "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456": values across the first rekeying
// (index 124) and the last of the 372 listed, and Read's bytes.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	copy(seed[:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
	c := rand.NewChaCha8(seed)
	for i := 0; i < 372; i++ {
		x := c.Uint64()
		if i < 4 || i >= 122 && i < 126 || i >= 368 {
			fmt.Printf("%3d %#016x\n", i, x)
		}
	}
	c = rand.NewChaCha8(seed)
	b := make([]byte, 13)
	c.Read(b)
	fmt.Printf("%x\n", b)
	c.Read(b[:5])
	fmt.Printf("%x\n", b[:5])
	r := rand.New(rand.NewChaCha8(seed))
	fmt.Println(r.IntN(1000), r.Uint32(), r.Float64())
}

// Output:
//   0 0xb773b6063d4616a5
//   1 0x1160af22a66abc3c
//   2 0x8c2599d9418d287c
//   3 0x7ee07e037edc5cd6
// 122 0x303fea136b2c430e
// 123 0x861d6c139c06c871
// 124 0x5f41df72e05e0487
// 125 0x25bd7e1e1ae26b1d
// 368 0xedb523bd15c619fa
// 369 0x02d97fd53ecc23c0
// 370 0xacaf05a34462374c
// 371 0xddd9c6d34bffa11f
// a516463d06b673b73cbc6aa622
// af60117c28
// 716 291548962 0.17503035357482544
