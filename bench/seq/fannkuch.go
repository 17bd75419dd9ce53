// fannkuch: pancake-flipping over all permutations of n = 10 elements,
// generated in the usual rotation order. Prints a checksum (flip counts
// with alternating sign by permutation index) and the maximum flip count.
// Exercises: small int arrays, tight index loops, swaps.
package main

import "fmt"

func fannkuch(n int) (int, int) {
	perm1 := make([]int, n)
	perm := make([]int, n)
	count := make([]int, n)
	for i := 0; i < n; i++ {
		perm1[i] = i
	}
	checksum := 0
	maxFlips := 0
	permIndex := 0
	r := n
	for {
		for r != 1 {
			count[r-1] = r
			r--
		}
		for i := 0; i < n; i++ {
			perm[i] = perm1[i]
		}
		flips := 0
		k := perm[0]
		for k != 0 {
			// reverse perm[0..k]
			lo, hi := 0, k
			for lo < hi {
				t := perm[lo]
				perm[lo] = perm[hi]
				perm[hi] = t
				lo++
				hi--
			}
			flips++
			k = perm[0]
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// next permutation: rotate the first r+1 elements left until a
		// counter does not wrap
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

func main() {
	const n = 10
	checksum, maxFlips := fannkuch(n)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
}
