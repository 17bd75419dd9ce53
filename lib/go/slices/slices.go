// Package slices has generic helpers for slices of any element type (the
// Go 1.21 API, with Concat from Go 1.22; the iterator functions of Go 1.23
// need range over functions).
//
// Sort and SortFunc are pattern-defeating quicksort and SortStableFunc is
// insertion sort plus SymMerge, generated from the same template as
// package sort's algorithms (lib/gen/sort_template.go.in), as Go does: they
// leave equal elements in the same order as sort.Slice with the same
// comparisons would, which tests/libgo/cmp/slices.go checks against real
// Go's sort.Slice (Go 1.19 has no slices package to compare with).
//
// Delete, DeleteFunc, Compact, CompactFunc and Replace zero the elements
// between the new and the old length, as Go 1.22's do.
//
// The code converts between a slice type S and its core type []E
// explicitly where Go would not need it (append, make, comparisons with
// nil, calls of functions taking []E): govm's generics implementation
// does not yet apply core types there.
package slices

import "cmp"

// Equal reports whether s1 and s2 have the same length and pairwise ==
// elements, comparing from index 0 up to the first difference. nil equals
// an empty slice; a NaN element never equals anything.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq deciding whether two elements match.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare orders s1 and s2 lexicographically: the cmp.Compare result of
// the first pair of elements that differ, or else -1, 0 or +1 as s1 is
// shorter than, as long as, or longer than s2.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is Compare with cmp comparing the elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the position of the first element of s equal to v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the position of the first element for which f is
// true, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether some element of s equals v.
func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) >= 0 }

// ContainsFunc reports whether f is true for some element of s.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc(s, f) >= 0 }

// Insert puts the values v at index i of s, moving s[i:] up behind them,
// and returns the longer slice; 0 <= i <= len(s) is required, or it
// panics.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return S(append([]E(s), v...))
	}
	if n+m > cap(s) {
		// A new array, sized by append (the next size class).
		s2 := append([]E(s[:i]), make([]E, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return S(s2)
	}
	// In place; v may alias s, so it is copied first.
	tmp := make([]E, m)
	copy(tmp, v)
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], tmp)
	return s
}

// Delete cuts s[i:j] out of s, moving the tail down, and returns the
// shorter slice; the j-i elements freed at the end are zeroed. It panics
// unless 0 <= i <= j <= len(s). Its cost is proportional to len(s)-i, so
// one call for a whole range beats many single deletions.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	old := len(s)
	s = S(append([]E(s[:i]), []E(s[j:])...))
	clear(s[len(s):old])
	return s
}

// DeleteFunc drops the elements for which del is true, keeping the rest
// in order, zeroes the freed tail and returns the shorter slice.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace puts the values v in place of s[i:j] and returns the resulting
// slice; if that is shorter than s, the freed tail is zeroed. It panics
// unless 0 <= i <= j <= len(s).
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // bounds check
	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		s2 := append([]E(s[:i]), v...)
		if len(s2) < len(s) {
			clear(s[len(s2):])
		}
		return S(s2)
	}
	tot := i + len(v) + len(s) - j
	if tot > cap(s) {
		s2 := append([]E(s[:i]), make([]E, tot-i)...)
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return S(s2)
	}
	tmp := make([]E, len(v))
	copy(tmp, v)
	r := s[:tot]
	copy(r[i+len(v):], s[j:])
	copy(r[i:], tmp)
	if tot < len(s) {
		clear(s[tot:])
	}
	return r
}

// Clone returns a new slice with s's elements, copied by plain assignment
// (not deeply), possibly with spare capacity; a nil s gives nil.
func Clone[S ~[]E, E any](s S) S {
	if []E(s) == nil {
		return nil
	}
	return S(append([]E{}, []E(s)...))
}

// Compact keeps one element of every run of equal neighbours (as uniq(1)
// does with lines), working in place, and returns the possibly shorter
// slice; the freed tail is zeroed.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		// Compare with the original predecessor, not the last kept.
		if s[i] != s[i-1] {
			if k != i {
				s[k] = s[i]
			}
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// CompactFunc is Compact with eq deciding equality; of each run it keeps
// the first element.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	// Adjacent original elements are compared (s is only written below
	// the read position, and prev keeps the overwritten predecessor).
	k := 1
	prev := s[0]
	for i := 1; i < len(s); i++ {
		cur := s[i]
		if !eq(cur, prev) {
			s[k] = cur
			k++
		}
		prev = cur
	}
	clear(s[k:])
	return s[:k]
}

// Grow returns s with room for at least n more elements to be appended
// without allocating. A negative n, or one too large to allocate, panics.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = S(append([]E(s[:cap(s)]), make([]E, n)...)[:len(s)])
	}
	return s
}

// Clip returns s[:len(s):len(s)], dropping the spare capacity.
func Clip[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

// Reverse turns the order of s's elements around, in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice holding the elements of all of slices, in
// order.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r := []E(Grow[S, E](nil, size))
	for _, s := range slices {
		r = append(r, []E(s)...)
	}
	return S(r)
}
