// binarytrees: the classic allocation benchmark. Builds one long-lived tree
// of depth maxDepth, then for every even depth d from minDepth to maxDepth
// builds and checks 2^(maxDepth-d+minDepth) short-lived trees of depth d.
// Measures the time and (run.py, "Measure: maxrss") the peak RSS.
// Measure: maxrss
package main

import (
	"fmt"
	"time"
)

const (
	minDepth = 4
	maxDepth = 16
)

type node struct {
	left, right *node
}

func build(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{build(d - 1), build(d - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	start := time.Now()
	sum := build(maxDepth + 1).check() // stretch tree, freed at once
	long := build(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		c := 0
		for i := 0; i < iters; i++ {
			c += build(d).check()
		}
		sum += c
	}
	sum += long.check()
	ms := time.Since(start).Milliseconds()
	fmt.Printf("checksum: %d nodes\n", sum)
	fmt.Printf("time: %d ms\n", ms)
}
