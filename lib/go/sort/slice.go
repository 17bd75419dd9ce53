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

// Slice sorts the slice x in the order less gives: less(i, j) reports
// whether element i belongs before element j, with the same rules as
// Interface's Less. Equal elements may change their relative order
// (SliceStable keeps it). x must be a slice, or Slice panics.
func Slice(x any, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := reflect.ValueOf(x).Len()
	if n <= 1 {
		return
	}
	pdqsortFunc(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable is Slice keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	stableFunc(lessSwap{less, swap}, reflect.ValueOf(x).Len())
}

// SliceIsSorted reports whether the slice x is in the order less defines;
// a non-slice x panics.
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
