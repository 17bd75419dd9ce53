// math/rand/v2 with a PCG source seeded (1, 2): the values of the example
// in Go's documentation of math/rand/v2 (Go 1.22), printed the same way
// without text/tabwriter.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	show := func(name string, v1, v2, v3 any) {
		fmt.Printf("%-12s%-21s%-21s%s\n", name, fmt.Sprint(v1), fmt.Sprint(v2), fmt.Sprint(v3))
	}
	show("Float32", r.Float32(), r.Float32(), r.Float32())
	show("Float64", r.Float64(), r.Float64(), r.Float64())
	show("ExpFloat64", r.ExpFloat64(), r.ExpFloat64(), r.ExpFloat64())
	show("NormFloat64", r.NormFloat64(), r.NormFloat64(), r.NormFloat64())
	show("Int32", r.Int32(), r.Int32(), r.Int32())
	show("Int64", r.Int64(), r.Int64(), r.Int64())
	show("Uint32", r.Uint32(), r.Uint32(), r.Uint32())
	show("IntN(10)", r.IntN(10), r.IntN(10), r.IntN(10))
	show("Int32N(10)", r.Int32N(10), r.Int32N(10), r.Int32N(10))
	show("Int64N(10)", r.Int64N(10), r.Int64N(10), r.Int64N(10))
	show("Perm", r.Perm(5), r.Perm(5), r.Perm(5))
}

// Output:
// Float32     0.95955694           0.8076733            0.8135684
// Float64     0.4297927436037299   0.797802349388613    0.3883664855410056
// ExpFloat64  0.43463410545541104  0.5513632046504593   0.7426404617374481
// NormFloat64 -0.9303318111676635  -0.04750789419852852 0.22248301107582735
// Int32       2020777787           260808523            851126509
// Int64       5231057920893523323  4257872588489500903  158397175702351138
// Uint32      314478343            1418758728           208955345
// IntN(10)    6                    2                    0
// Int32N(10)  3                    7                    7
// Int64N(10)  8                    9                    4
// Perm        [0 3 1 4 2]          [4 1 2 0 3]          [4 3 2 0 1]
