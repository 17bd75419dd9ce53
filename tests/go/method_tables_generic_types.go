// Method tables of generic types' instances, built on first use: a List[int]
// boxed into any and asserted to fmt.Stringer and to a generic interface,
// and instances formatted by fmt (whose type switches ask for the tables).
package main

import (
	"fmt"
	"strings"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
func (l List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for i, v := range l.items {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, v)
	}
	b.WriteString("]")
	return b.String()
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.K, p.V) }

type pusher[T any] interface{ Push(T) }

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	var x any = l
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	}
	fmt.Println(l, &l)
	var y any = &l
	if p, ok := y.(pusher[int]); ok {
		p.Push(3)
	}
	fmt.Println(l)
	ls := List[Pair[string, int]]{}
	ls.Push(Pair[string, int]{"a", 1})
	ls.Push(Pair[string, int]{"b", 2})
	fmt.Println(ls)
	fmt.Printf("%v %s\n", Pair[int, bool]{3, true}, []any{Pair[string, string]{"k", "v"}})
}

// Output:
// stringer: [1 2]
// [1 2] [1 2]
// [1 2 3]
// [a=1 b=2]
// 3=true [k=v]
