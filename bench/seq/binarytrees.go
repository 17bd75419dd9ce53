// binarytrees: allocate and walk many perfect binary trees; max depth 16
// (min depth 4, one stretch tree of depth 17, one long-lived tree of depth 16).
// Prints the node counts. Exercises: allocation of small objects, GC,
// recursion, pointer chasing.
package main

import "fmt"

type Node struct {
	left, right *Node
}

func build(depth int) *Node {
	if depth == 0 {
		return &Node{}
	}
	return &Node{build(depth - 1), build(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	const maxDepth = 16

	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d check %d\n", stretch, build(stretch).check())

	longLived := build(maxDepth)

	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1
		for k := 0; k < maxDepth-depth+minDepth; k++ {
			iterations *= 2
		}
		total := 0
		for i := 0; i < iterations; i++ {
			total += build(depth).check()
		}
		fmt.Printf("%d trees of depth %d check %d\n", iterations, depth, total)
	}

	fmt.Printf("long lived tree of depth %d check %d\n", maxDepth, longLived.check())
}
