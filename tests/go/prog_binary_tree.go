package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func inorder(t *Tree, visit func(*Tree)) {
	if t == nil {
		return
	}
	inorder(t.Left, visit)
	visit(t)
	inorder(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max2(height(t.Left), height(t.Right))
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func contains(t *Tree, k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		} else if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20} {
		root = insert(root, k)
	}
	inorder(root, func(t *Tree) { fmt.Printf(" %d(x%d)", t.Key, t.Count) })
	fmt.Println()
	fmt.Println("height:", height(root))
	fmt.Println(contains(root, 65), contains(root, 66))
	sum, n := 0, 0
	inorder(root, func(t *Tree) { sum += t.Key * t.Count; n += t.Count })
	fmt.Println("sum:", sum, "count:", n)
	var chain *Tree
	for i := 0; i < 1000; i++ {
		chain = insert(chain, i)
	}
	fmt.Println("degenerate height:", height(chain))
}

// Output:
//  20(x3) 30(x2) 40(x1) 50(x1) 60(x1) 65(x1) 70(x1) 80(x1)
// height: 4
// true false
// sum: 485 count: 11
// degenerate height: 1000
