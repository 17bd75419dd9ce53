// Package sort sorts and searches slices and any collection that
// implements Interface.
//
// The algorithms are Go's, step for step, because the order in which an
// unstable sort leaves equal elements is visible to programs: Sort and
// Slice are pattern-defeating quicksort (pdqsort.go) with Go 1.19's
// thresholds, pivot choices and pattern breaking; Stable and SliceStable
// sort blocks of 20 elements by insertion and merge them with SymMerge
// (stable.go). tests/libgo/cmp/sort.go checks the resulting orders against
// real Go on thousands of random inputs with many equal keys.
package sort

import "math/bits"

// Interface is what a collection needs for this package to sort it; the
// methods name elements by their index.
type Interface interface {
	// Len returns how many elements there are.
	Len() int
	// Less reports whether element i belongs before element j. It must be
	// a strict weak ordering.
	Less(i, j int) bool
	// Swap exchanges elements i and j.
	Swap(i, j int)
}

// Sort puts data in ascending Less order, calling Len once and Less and
// Swap O(n log n) times. Equal elements may change their relative order.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

// IsSorted reports whether data is already in ascending Less order.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// The embedded Interface supplies Len and Swap.
	Interface
}

// Less is the embedded Less with its arguments swapped.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse wraps data so that it sorts in descending order.
func Reverse(data Interface) Interface { return &reverse{data} }

// Stable is Sort keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// --- convenience types for common cases ---

// IntSlice is a []int with the Interface methods, for ascending order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is shorthand for Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns SearchInts(x, v).
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice is a []float64 with the Interface methods, for ascending
// order with NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] sorts before x[j]. Plain < would not order
// NaNs consistently, so NaNs are put before all other values.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is shorthand for Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns SearchFloat64s(x, v).
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

// StringSlice is a []string with the Interface methods, for ascending
// order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is shorthand for Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns SearchStrings(x, v).
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts x in ascending order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts x in ascending order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x in ascending order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is in ascending order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is in ascending order with NaNs
// first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is in ascending order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}
