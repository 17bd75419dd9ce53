// Generic functions constrained by cmp.Ordered: a clamp, a generic
// binary search tree with in-order traversal, and cmp.Compare-based
// multi-key comparisons with cmp.Or (Go 1.22).
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	var walk func(n *node[K, V])
	walk = func(n *node[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

type person struct {
	last, first string
	age         int
}

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp("m", "a", "k"))
	var t Tree[string, int]
	for i, w := range strings.Fields("pear fig apple kiwi fig banana") {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println(t.size)
	people := []person{{"Smith", "Ann", 30}, {"Jones", "Bob", 25}, {"Smith", "Al", 30}, {"Jones", "Bob", 20}}
	slices.SortFunc(people, func(a, b person) int {
		return cmp.Or(cmp.Compare(a.last, b.last), cmp.Compare(a.first, b.first), cmp.Compare(a.age, b.age))
	})
	fmt.Println(people)
}

// Output:
// 10 -1 k
// apple=2 banana=5 fig=4 kiwi=3 pear=0 5
// [{Jones Bob 20} {Jones Bob 25} {Smith Al 30} {Smith Ann 30}]
