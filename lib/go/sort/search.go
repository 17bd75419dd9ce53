package sort

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming that on the range [0, n),
// f(i) == true implies f(i+1) == true. If there is no such index, Search
// returns n. Search calls f(i) only for i in the range [0, n).
func Search(n int, f func(int) bool) int {
	// Invariant: f(lo-1) == false, f(hi) == true (f(-1) false and f(n)
	// true by definition).
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// Find uses binary search to find and return the smallest index i in
// [0, n) at which cmp(i) <= 0. If there is no such index i, Find returns
// i = n. The found result is true if i < n and cmp(i) == 0. Find calls
// cmp(i) only for i in the range [0, n).
//
// cmp(i) must be > 0 for a leading prefix of the range, == 0 for a middle
// part and < 0 for the rest: comparing a target with the i-th element.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(h) > 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the
// index as specified by Search. The return value is the index to insert x
// if x is not present (it could be len(a)).
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns
// the index as specified by Search. The return value is the index to
// insert x if x is not present (it could be len(a)).
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings and returns
// the index as specified by Search. The return value is the index to
// insert x if x is not present (it could be len(a)).
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
