// Dijkstra's shortest paths over a weighted graph using container/heap,
// with path reconstruction; ties broken by node name for deterministic
// output.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
	"strings"
)

type edge struct {
	to string
	w  int
}

type item struct {
	node string
	dist int
}

type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() any {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

func main() {
	graph := map[string][]edge{}
	add := func(a, b string, w int) {
		graph[a] = append(graph[a], edge{b, w})
		graph[b] = append(graph[b], edge{a, w})
	}
	add("A", "B", 7)
	add("A", "C", 9)
	add("A", "F", 14)
	add("B", "C", 10)
	add("B", "D", 15)
	add("C", "D", 11)
	add("C", "F", 2)
	add("D", "E", 6)
	add("E", "F", 9)
	add("G", "H", 1)

	dist := map[string]int{}
	prev := map[string]string{}
	for n := range graph {
		dist[n] = math.MaxInt
	}
	dist["A"] = 0
	h := &pq{{"A", 0}}
	visited := 0
	for h.Len() > 0 {
		it := heap.Pop(h).(item)
		if it.dist > dist[it.node] {
			continue
		}
		visited++
		for _, e := range graph[it.node] {
			if nd := it.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = it.node
				heap.Push(h, item{e.to, nd})
			}
		}
	}
	var nodes []string
	for n := range dist {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s unreachable\n", n)
			continue
		}
		var path []string
		for at := n; at != ""; at = prev[at] {
			path = append([]string{at}, path...)
		}
		fmt.Printf("%s %2d %s\n", n, dist[n], strings.Join(path, "->"))
	}
	fmt.Println("visited", visited)
}

// Output:
// A  0 A
// B  7 A->B
// C  9 A->C
// D 20 A->C->D
// E 20 A->C->F->E
// F 11 A->C->F
// G unreachable
// H unreachable
// visited 6
