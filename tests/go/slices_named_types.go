// The slices functions keep a named slice type (S ~[]E) in their results.
package main

import (
	"fmt"
	"slices"
)

type Names []string

func (n Names) Join() string {
	s := ""
	for i, x := range n {
		if i > 0 {
			s += "+"
		}
		s += x
	}
	return s
}

type Score float64

func main() {
	n := Names{"c", "a", "b", "a"}
	slices.Sort(n)
	n = slices.Compact(n)
	m := slices.Clone(n)
	m = slices.Insert(m, 0, "z")
	fmt.Println(n.Join(), m.Join(), fmt.Sprintf("%T", m))
	sc := []Score{2.5, 1, 3}
	fmt.Println(slices.Max(sc), slices.Index(sc, 1))
}

// Output:
// a+b+c z+a+b+c main.Names
// 3 1
