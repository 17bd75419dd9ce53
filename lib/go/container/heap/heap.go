// Package heap keeps any collection implementing Interface arranged as a
// binary min-heap: a tree stored in index order in which no element is
// less than its parent, so that the least element is at index 0.
//
// The sift steps are Go's (the same comparisons in the same order), so a
// heap holding equal elements pops them in the same order as with Go.
package heap

import "sort"

// Interface is what a collection needs to be used as a heap: sorting
// methods plus Push and Pop at the end of the collection. Only this
// package calls those two; programs add and remove elements with the
// package's Push and Pop functions.
type Interface interface {
	sort.Interface
	Push(x any) // append x, which becomes element Len()-1
	Pop() any   // remove the last element and return it
}

// Init arranges h as a heap in O(n) time, n = h.Len(). Do it before the
// other functions, and again after changing h behind the heap's back;
// calling it on a heap already in order is harmless.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push adds x to the heap in O(log n) time.
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop takes the least element (by Less) out of the heap and returns it,
// in O(log n) time; it is Remove(h, 0).
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove takes element i out of the heap and returns it, in O(log n)
// time.
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix moves element i to its proper place after its value changed, in
// O(log n) time: a cheaper way to Remove it and Push the new value.
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves element j towards the root while it is less than its parent.
func up(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			break
		}
		h.Swap(parent, j)
		j = parent
	}
}

// down moves element i0 towards the leaves of the heap h[0:n] while a
// child is less than it, and reports whether it moved.
func down(h Interface, i0, n int) bool {
	i := i0
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0 after an int overflow
			break
		}
		child := left
		if right := left + 1; right < n && h.Less(right, left) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > i0
}
