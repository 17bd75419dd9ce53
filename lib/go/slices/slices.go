// Package slices defines various functions useful with slices of any type
// (the Go 1.21 API, with Concat from Go 1.22; the iterator functions of
// Go 1.23 need range over functions).
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

// Equal reports whether two slices are equal: the same length and all
// elements equal. If the lengths are different, Equal returns false.
// Otherwise, the elements are compared in increasing index order, and the
// comparison stops at the first unequal pair. Empty and nil slices are
// considered equal. Floating point NaNs are not considered equal.
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

// EqualFunc reports whether two slices are equal using an equality
// function on each pair of elements.
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

// Compare compares the elements of s1 and s2, using cmp.Compare on each
// pair of elements. The elements are compared sequentially, starting at
// index 0, until one element is not equal to the other. The result of
// comparing the first non-matching elements is returned. If both slices
// are equal until one of them ends, the shorter slice is considered less
// than the longer one.
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

// CompareFunc is like Compare but uses a custom comparison function on
// each pair of elements.
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

// Index returns the index of the first occurrence of v in s, or -1 if not
// present.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i satisfying f(s[i]), or -1 if none
// do.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) >= 0 }

// ContainsFunc reports whether at least one element e of s satisfies
// f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc(s, f) >= 0 }

// Insert inserts the values v... into s at index i, returning the modified
// slice. The elements at s[i:] are shifted up to make room. In the
// returned slice r, r[i] == v[0], and r[i+len(v)] == value originally at
// r[i]. Insert panics if i is out of range.
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

// Delete removes the elements s[i:j] from s, returning the modified slice.
// Delete panics if j > len(s) or s[i:j] is not a valid slice of s. Delete
// is O(len(s)-i), so if many items must be deleted, it is better to make a
// single call deleting them all together than to delete one at a time.
// Delete zeroes the elements s[len(s)-(j-i):len(s)].
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

// DeleteFunc removes any elements from s for which del returns true,
// returning the modified slice. DeleteFunc zeroes the elements between the
// new length and the original length.
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

// Replace replaces the elements s[i:j] by the given v, and returns the
// modified slice. Replace panics if j > len(s) or s[i:j] is not a valid
// slice of s. When len(v) < (j-i), Replace zeroes the elements between the
// new length and the original length.
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

// Clone returns a copy of the slice. The elements are copied using
// assignment, so this is a shallow clone. The result may have additional
// unused capacity. Clone(nil) is nil.
func Clone[S ~[]E, E any](s S) S {
	if []E(s) == nil {
		return nil
	}
	return S(append([]E{}, []E(s)...))
}

// Compact replaces consecutive runs of equal elements with a single copy.
// This is like the uniq command found on Unix. Compact modifies the
// contents of the slice s and returns the modified slice, which may have
// a smaller length. Compact zeroes the elements between the new length and
// the original length.
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

// CompactFunc is like Compact but uses an equality function to compare
// elements. For runs of elements that compare equal, CompactFunc keeps the
// first one. CompactFunc zeroes the elements between the new length and
// the original length.
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

// Grow increases the slice's capacity, if necessary, to guarantee space
// for another n elements. After Grow(n), at least n elements can be
// appended to the slice without another allocation. If n is negative or
// too large to allocate the memory, Grow panics.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = S(append([]E(s[:cap(s)]), make([]E, n)...)[:len(s)])
	}
	return s
}

// Clip removes unused capacity from the slice, returning s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

// Reverse reverses the elements of the slice in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice concatenating the passed in slices.
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
