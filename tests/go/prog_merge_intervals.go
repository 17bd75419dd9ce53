// Merging overlapping intervals after sorting them, and booking meeting
// rooms with a min-heap of end times.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type interval struct{ start, end int }

type ends []int

func (e ends) Len() int           { return len(e) }
func (e ends) Less(i, j int) bool { return e[i] < e[j] }
func (e ends) Swap(i, j int)      { e[i], e[j] = e[j], e[i] }
func (e *ends) Push(x any)        { *e = append(*e, x.(int)) }
func (e *ends) Pop() any {
	old := *e
	x := old[len(old)-1]
	*e = old[:len(old)-1]
	return x
}

func merge(in []interval) []interval {
	sort.Slice(in, func(i, j int) bool { return in[i].start < in[j].start })
	var out []interval
	for _, iv := range in {
		if n := len(out); n > 0 && iv.start <= out[n-1].end {
			if iv.end > out[n-1].end {
				out[n-1].end = iv.end
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func rooms(in []interval) int {
	sort.Slice(in, func(i, j int) bool { return in[i].start < in[j].start })
	h := &ends{}
	max := 0
	for _, iv := range in {
		for h.Len() > 0 && (*h)[0] <= iv.start {
			heap.Pop(h)
		}
		heap.Push(h, iv.end)
		if h.Len() > max {
			max = h.Len()
		}
	}
	return max
}

func main() {
	fmt.Println(merge([]interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}))
	fmt.Println(merge([]interval{{5, 5}, {1, 2}, {2, 3}}), merge(nil))
	fmt.Println(rooms([]interval{{0, 30}, {5, 10}, {15, 20}, {10, 15}, {25, 35}, {5, 40}}))
}

// Output:
// [{1 7} {8 10} {15 20}]
// [{1 3} {5 5}] []
// 3
