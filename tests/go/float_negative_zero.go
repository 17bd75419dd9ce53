package main

import (
	"fmt"
	"math"
)

func main() {
	z := 0.0
	nz := -z
	fmt.Println(z, nz)
	fmt.Println(nz == z)
	fmt.Println(1/z, 1/nz)
	fmt.Println(math.Signbit(z), math.Signbit(nz))
	nz2 := math.Copysign(0, -1)
	fmt.Println(nz2, 1/nz2)
	fmt.Printf("%v %f %g %e %.1f\n", nz2, nz2, nz2, nz2, nz2)
	// the constant -0.0 is just 0
	c := -0.0
	fmt.Println(c, math.Signbit(c))
	fmt.Println(-0.0*z, nz*nz, nz+z, nz-z)
}

// Output:
// 0 -0
// true
// +Inf -Inf
// false true
// -0 -Inf
// -0 -0.000000 -0 -0.000000e+00 -0.0
// 0 false
// 0 0 0 -0
