package sort

import "math/bits"

// sortedHint is what choosePivot learned about the order of the samples.
type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the pseudo-random generator of breakPatterns (Marsaglia's
// xorshift with shifts 13, 17, 5), seeded with the range's length so that
// sorting is deterministic.
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return 1 << bits.Len(uint(length))
}
