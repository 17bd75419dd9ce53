// cmp.Compare and cmp.Less (NaN ordered first and equal to itself, -0
// equal to 0) and cmp.Or (Go 1.22).
package main

import (
	"cmp"
	"fmt"
	"math"
)

type Level int

func main() {
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	fmt.Println(cmp.Compare(nan, 0.0), cmp.Compare(0.0, nan), cmp.Compare(nan, nan), cmp.Compare(math.Copysign(0, -1), 0.0))
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(math.Inf(-1), nan), cmp.Less(nan, nan), cmp.Less(1.5, 2.5))
	fmt.Println(cmp.Compare(Level(3), Level(1)), cmp.Less(uint8(200), uint8(100)))
	fmt.Printf("%q %v %q\n", cmp.Or("", "", "third", "fourth"), cmp.Or(0, 0), cmp.Or[string]())
	port := cmp.Or(0, 8080)
	fmt.Println(port)
	type pair struct{ a, b int }
	fmt.Println(cmp.Or(pair{}, pair{1, 2}))
}

// Output:
// -1 0 1
// -1 1 0
// -1 1 0 0
// true false false true
// 1 false
// "third" 0 ""
// 8080
// {1 2}
