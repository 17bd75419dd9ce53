// container/ring: New, Do, Move, Link and Unlink.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	removed := r.Unlink(2)
	show(r)
	show(removed)
	s := ring.New(2)
	s.Value = "a"
	s.Next().Value = "b"
	r.Link(s)
	show(r)
	var z ring.Ring
	show(&z)
	fmt.Println(ring.New(0) == nil, (*ring.Ring)(nil).Len())
	sum := 0
	r.Do(func(v any) {
		if n, ok := v.(int); ok {
			sum += n
		}
	})
	fmt.Println(sum)
}

// Output:
// 5: 0 1 2 3 4
// 5: 2 3 4 0 1
// 5: 4 0 1 2 3
// 3: 0 3 4
// 2: 1 2
// 5: 0 a b 3 4
// 1: <nil>
// true 0
// 7
