// Merging k sorted lists with container/heap, and a running median with
// two heaps.
package main

import (
	"container/heap"
	"fmt"
)

type cursor struct {
	list, idx int
}

type mergeHeap struct {
	lists [][]int
	cur   []cursor
}

func (h *mergeHeap) Len() int { return len(h.cur) }
func (h *mergeHeap) Less(i, j int) bool {
	a, b := h.cur[i], h.cur[j]
	return h.lists[a.list][a.idx] < h.lists[b.list][b.idx]
}
func (h *mergeHeap) Swap(i, j int) { h.cur[i], h.cur[j] = h.cur[j], h.cur[i] }
func (h *mergeHeap) Push(x any)    { h.cur = append(h.cur, x.(cursor)) }
func (h *mergeHeap) Pop() any {
	c := h.cur[len(h.cur)-1]
	h.cur = h.cur[:len(h.cur)-1]
	return c
}

type intHeap struct {
	a   []int
	max bool
}

func (h *intHeap) Len() int { return len(h.a) }
func (h *intHeap) Less(i, j int) bool {
	if h.max {
		return h.a[i] > h.a[j]
	}
	return h.a[i] < h.a[j]
}
func (h *intHeap) Swap(i, j int) { h.a[i], h.a[j] = h.a[j], h.a[i] }
func (h *intHeap) Push(x any)    { h.a = append(h.a, x.(int)) }
func (h *intHeap) Pop() any {
	x := h.a[len(h.a)-1]
	h.a = h.a[:len(h.a)-1]
	return x
}

func main() {
	lists := [][]int{{1, 4, 9}, {2, 2, 3, 10}, {}, {0, 5, 6, 7, 8}, {11}}
	h := &mergeHeap{lists: lists}
	for i, l := range lists {
		if len(l) > 0 {
			h.cur = append(h.cur, cursor{i, 0})
		}
	}
	heap.Init(h)
	var out []int
	for h.Len() > 0 {
		c := h.cur[0]
		out = append(out, lists[c.list][c.idx])
		if c.idx+1 < len(lists[c.list]) {
			h.cur[0].idx++
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	fmt.Println(out)

	lo := &intHeap{max: true}
	hi := &intHeap{}
	for _, x := range []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		if lo.Len() == 0 || x <= lo.a[0] {
			heap.Push(lo, x)
		} else {
			heap.Push(hi, x)
		}
		if lo.Len() > hi.Len()+1 {
			heap.Push(hi, heap.Pop(lo))
		} else if hi.Len() > lo.Len() {
			heap.Push(lo, heap.Pop(hi))
		}
		med := float64(lo.a[0])
		if lo.Len() == hi.Len() {
			med = float64(lo.a[0]+hi.a[0]) / 2
		}
		fmt.Print(med, " ")
	}
	fmt.Println("|")
}

// Output:
// [0 1 2 2 3 4 5 6 7 8 9 10 11]
// 5 10 5 4 5 6 7 7.5 8 7.5 |
