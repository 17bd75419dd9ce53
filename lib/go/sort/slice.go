package sort

import (
	"math/bits"
	"reflect"
)

// lessSwap is a sort.Slice argument: the caller's less function and a
// swapper for the slice. pdqsortFunc and stableFunc are the Interface
// algorithms written against it.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Slice sorts the slice x given the provided less function. It panics if
// x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements may be reversed
// from their original order. For a stable sort, use SliceStable.
//
// The less function must satisfy the same requirements as the Interface
// type's Less method.
func Slice(x any, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := reflect.ValueOf(x).Len()
	if n <= 1 {
		return
	}
	pdqsortFunc(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	stableFunc(lessSwap{less, swap}, reflect.ValueOf(x).Len())
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	rv := reflect.ValueOf(x)
	if rv.Kind() != reflect.Slice {
		panic(&reflect.ValueError{Method: "Len", Kind: rv.Kind()})
	}
	for i := rv.Len() - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
