// sort: hand-written recursive quicksort (Hoare partition, middle element as
// pivot) of N = 1,000,000 ints from the Park-Miller generator
// x = x*16807 mod (2^31-1), seed 42, reduced mod 1,000,000 (so there are
// duplicates). Prints a weighted checksum of every 1000th element and the
// number of out-of-order neighbours (0). Exercises: slice indexing, swaps,
// recursion, integer comparison.
package main

import "fmt"

func quicksort(a []int, lo, hi int) {
	if lo >= hi {
		return
	}
	p := a[(lo+hi)/2]
	i, j := lo, hi
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			t := a[i]
			a[i] = a[j]
			a[j] = t
			i++
			j--
		}
	}
	quicksort(a, lo, j)
	quicksort(a, i, hi)
}

func main() {
	const n = 1000000
	a := make([]int, n)
	x := 42
	for i := 0; i < n; i++ {
		x = x * 16807 % 2147483647
		a[i] = x % 1000000
	}
	quicksort(a, 0, n-1)
	bad := 0
	for i := 0; i+1 < n; i++ {
		if a[i] > a[i+1] {
			bad++
		}
	}
	sum := 0
	k := 0
	for i := 0; i < n; i += 1000 {
		k++
		sum += a[i] * k
	}
	fmt.Printf("sort n=%d checksum=%d min=%d max=%d unsorted=%d\n", n, sum, a[0], a[n-1], bad)
}
