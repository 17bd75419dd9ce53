// Removing elements from a container/list while iterating (saving Next
// first), filtering, and moving matching elements to the back.
package main

import (
	"container/list"
	"fmt"
)

func values(l *list.List) []any {
	var v []any
	for e := l.Front(); e != nil; e = e.Next() {
		v = append(v, e.Value)
	}
	return v
}

func main() {
	l := list.New()
	for i := 1; i <= 10; i++ {
		l.PushBack(i)
	}
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(values(l), l.Len())
	n := l.Len()
	e := l.Front()
	for i := 0; i < n; i++ {
		next := e.Next()
		if e.Value.(int)%2 == 0 {
			l.MoveToBack(e)
		}
		e = next
	}
	fmt.Println(values(l))
	for e := l.Back(); e != nil; e = e.Prev() {
		e.Value = e.Value.(int) * 10
	}
	fmt.Println(values(l), l.Front().Value, l.Back().Value)
}

// Output:
// [1 2 4 5 7 8 10] 7
// [1 5 7 2 4 8 10]
// [10 50 70 20 40 80 100] 10 100
