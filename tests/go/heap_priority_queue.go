// container/heap: a priority queue of items with priorities updated in
// place (heap.Fix), after the example in Go's documentation; items of
// equal priority come out in the order Go's heap gives.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

func main() {
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 2, "plum": 3, "fig": 2}
	names := []string{"banana", "apple", "pear", "kiwi", "plum", "fig"}
	pq := make(PriorityQueue, len(names))
	for i, name := range names {
		pq[i] = &Item{value: name, priority: items[name], index: i}
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	var out []string
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		out = append(out, fmt.Sprintf("%.2d:%s", item.priority, item.value))
	}
	fmt.Println(strings.Join(out, " "))
}

// Output:
// 05:orange 04:pear 03:plum 03:banana 02:kiwi 02:apple 02:fig
