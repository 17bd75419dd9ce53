// Sorting 20000 pseudo-random values (a fixed LCG) with every sort entry
// point and checking the results agree; prints checksums.
package main

import (
	"fmt"
	"sort"
)

func main() {
	const n = 20000
	a := make([]int, n)
	x := uint64(88172645463325252)
	for i := range a {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a[i] = int(x % 1000)
	}
	b := append([]int(nil), a...)
	c := append([]int(nil), a...)
	d := append([]int(nil), a...)
	sort.Ints(a)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	sort.Stable(sort.IntSlice(c))
	sort.SliceStable(d, func(i, j int) bool { return d[i] < d[j] })
	same := true
	sum := 0
	for i := range a {
		if a[i] != b[i] || a[i] != c[i] || a[i] != d[i] {
			same = false
		}
		sum += a[i] * (i%7 + 1)
	}
	fmt.Println(same, sort.IntsAreSorted(a), a[0], a[n/2], a[n-1], sum)
}

// Output:
// true true 0 506 999 40272417
