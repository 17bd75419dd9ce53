// container/list edge cases: a zero-value List used directly, operations
// with nil-list elements, removing an element twice, Len after Init, and
// PushBackList of an empty list.
package main

import (
	"container/list"
	"fmt"
)

func main() {
	var l list.List
	fmt.Println(l.Len(), l.Front() == nil, l.Back() == nil)
	e := l.PushBack(1)
	l.PushFront(0)
	fmt.Println(l.Len(), l.Front().Value, l.Back().Value)
	fmt.Println(l.Remove(e), l.Remove(e), l.Len())
	var other list.List
	l.PushBackList(&other)
	l.PushFrontList(&other)
	fmt.Println(l.Len())
	detached := &list.Element{Value: "loose"}
	fmt.Println(detached.Next() == nil, detached.Prev() == nil, l.Remove(detached), l.Len())
	l.InsertBefore("never", detached)
	l.MoveToFront(detached)
	fmt.Println(l.Len(), l.Front().Value)
	l.Init()
	fmt.Println(l.Len(), l.Front() == nil)
}

// Output:
// 0 true true
// 2 0 1
// 1 1 1
// 1
// true true loose 1
// 1 0
// 0 true
