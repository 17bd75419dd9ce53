// container/list: pushing, inserting, moving and removing elements, and
// walking the list both ways; operations with an element of another list
// are no-ops.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e4)
	l.MoveAfter(e1, e4)
	dump(l)
	l.MoveBefore(e1, l.Front())
	dump(l)
	fmt.Println(l.Remove(e4), e4.Next() == nil, e4.Prev() == nil)
	dump(l)

	other := list.New()
	o := other.PushBack("x")
	l.Remove(o)
	l.MoveToFront(o)
	fmt.Println(l.InsertAfter(9, o) == nil)
	dump(l)
	dump(other)

	var zero list.List // the zero value is usable
	zero.PushBack("a")
	zero.PushFront("z")
	dump(&zero)
	l.PushBackList(l)
	dump(l)
	l.PushFrontList(&zero)
	dump(l)
	l.Init()
	dump(l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
}

// Output:
// 4: 1 2 3 4 | 4 3 2 1
// 4: 4 1 2 3 | 3 2 1 4
// 4: 2 3 4 1 | 1 4 3 2
// 4: 1 2 3 4 | 4 3 2 1
// 4 true true
// 3: 1 2 3 | 3 2 1
// true
// 3: 1 2 3 | 3 2 1
// 1: x | x
// 2: z a | a z
// 6: 1 2 3 1 2 3 | 3 2 1 3 2 1
// 8: z a 1 2 3 1 2 3 | 3 2 1 3 2 1 a z
// 0: |
// true true
