package sort

// Search bisects [0, n) for the first index where f turns true, f being
// false up to some point and true from there on; it returns n when f is
// true nowhere. f is only ever called with arguments in [0, n).
func Search(n int, f func(int) bool) int {
	// f is false below lo and true from hi on, taking f(-1) as false and
	// f(n) as true.
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

// Find bisects [0, n) for the first index i with cmp(i) <= 0 (n if there
// is none) and reports in found whether cmp(i) == 0 there. cmp is only
// ever called with arguments in [0, n).
// Along the range cmp must be positive, then zero, then negative (any of
// the three parts may be empty), as when a target is compared with the
// elements of an ascending slice.
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

// SearchInts returns the first index of the ascending slice a whose
// element is >= x: where x is, or where it would be inserted (possibly
// len(a)).
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s is SearchInts for an ascending []float64.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings is SearchInts for an ascending []string.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
