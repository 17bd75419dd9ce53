// sort.Stable and sort.Sort on a user-defined Interface that counts its
// Less and Swap calls (the counts are Go's, as govm runs Go's
// algorithms).
package main

import (
	"fmt"
	"sort"
)

type byLen struct {
	s           []string
	less, swaps int
}

func (b *byLen) Len() int { return len(b.s) }
func (b *byLen) Less(i, j int) bool {
	b.less++
	return len(b.s[i]) < len(b.s[j])
}
func (b *byLen) Swap(i, j int) {
	b.swaps++
	b.s[i], b.s[j] = b.s[j], b.s[i]
}

func words() []string {
	return []string{"go", "is", "a", "fun", "language", "with", "simple", "and", "clear",
		"syntax", "it", "compiles", "fast", "runs", "fast", "and", "has", "goroutines",
		"channels", "interfaces", "maps", "slices", "of", "many", "kinds", "x", "yz"}
}

func main() {
	a := &byLen{s: words()}
	sort.Stable(a)
	fmt.Println(a.s)
	fmt.Println("stable:", a.less, "less,", a.swaps, "swaps")

	b := &byLen{s: words()}
	sort.Sort(b)
	fmt.Println(b.s)
	fmt.Println("sort:", b.less, "less,", b.swaps, "swaps")
	fmt.Println(sort.IsSorted(b), sort.IsSorted(sort.Reverse(b)))
}

// Output:
// [a x go is it of yz fun and and has with fast runs fast maps many clear kinds simple syntax slices language compiles channels goroutines interfaces]
// stable: 112 less, 107 swaps
// [a x is yz of go it and fun and has fast maps runs fast many with kinds clear simple slices syntax channels compiles language interfaces goroutines]
// sort: 105 less, 48 swaps
// true false
