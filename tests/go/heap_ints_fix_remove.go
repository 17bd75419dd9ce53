// container/heap on an IntHeap: Init, Push, Pop, Remove and Fix, printing
// the heap array after each step (the layout is Go's).
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{9, 4, 7, 1, 8, 2, 6, 3, 5, 0}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, -1)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 4), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	fmt.Println(*h)
	(*h)[5] = -5
	heap.Fix(h, 5)
	fmt.Println(*h)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	// k smallest of a stream with a max-heap of size k (negated values).
	k := 3
	top := &IntHeap{}
	for _, v := range []int{15, 3, 99, 42, 8, 1, 77, 5, 60} {
		heap.Push(top, -v)
		if top.Len() > k {
			heap.Pop(top)
		}
	}
	fmt.Println(*top)
}

// Output:
// [0 1 2 3 4 7 6 9 5 8]
// [-1 0 2 3 1 7 6 9 5 8 4]
// 1 [-1 0 2 3 4 7 6 9 5 8]
// [-1 0 6 3 4 7 100 9 5 8]
// [-5 0 -1 3 4 6 100 9 5 8]
// [-5 -1 0 3 4 5 6 8 9 100]
// [-5 -1 -3]
