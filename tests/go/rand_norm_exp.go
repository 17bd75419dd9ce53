// math/rand NormFloat64 and ExpFloat64 (ziggurat method): exact values for
// a seed, and the moments of 100000 samples.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(99))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	var s, ss, e float64
	const n = 100000
	for i := 0; i < n; i++ {
		x := r.NormFloat64()*2 + 10
		s += x
		ss += (x - 10) * (x - 10)
		e += r.ExpFloat64()
	}
	fmt.Printf("mean %.3f var %.3f expmean %.3f\n", s/n, ss/n, e/n)
}

// Output:
// 0.452540017281698 0.5903708413526637
// -0.34172916063314973 0.28720154105511936
// 1.532385397041554 0.8056720790658038
// 1.0639834715619025 1.4256072328483647
// 0.8030224302098403 0.04120924404106354
// mean 10.004 var 4.003 expmean 1.000
