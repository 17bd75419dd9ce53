// Package list is a doubly linked list of values of any type.
//
// A loop over the elements of l, a *List, looks like this:
//
//	for e := l.Front(); e != nil; e = e.Next() {
//		// use e.Value
//	}
//
// A List is a ring with a sentinel element (root): root.next is the front,
// root.prev the back, and the elements' list pointer says which list they
// belong to, so that operations on elements of another list are no-ops.
package list

// Element is one node of a List.
type Element struct {
	next, prev *Element
	list       *List

	// Value is the element's payload; the list never looks at it.
	Value any
}

// Next returns the element after e, or nil at the back of the list.
func (e *Element) Next() *Element {
	if e.list != nil && e.next != &e.list.root {
		return e.next
	}
	return nil
}

// Prev returns the element before e, or nil at the front of the list.
func (e *Element) Prev() *Element {
	if e.list != nil && e.prev != &e.list.root {
		return e.prev
	}
	return nil
}

// List is a doubly linked list; its zero value is an empty list ready
// for use.
type List struct {
	root Element // the ring's anchor, not an element: just next and prev
	len  int     // number of elements, root not counted
}

// Init empties l (or prepares a new one) and returns it.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns a new empty List.
func New() *List { return new(List).Init() }

// Len returns how many elements l has, in constant time.
func (l *List) Len() int { return l.len }

// Front returns l's first element, or nil when l is empty.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns l's last element, or nil when l is empty.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// lazyInit makes a zero List value usable.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e after at and returns e.
func (l *List) link(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of its list.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil // no dangling references
	e.prev = nil
	e.list = nil
	l.len--
}

// relink moves e, already in l, to after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}

// Remove takes e out of l when it belongs to l, and returns e.Value in
// any case. e must not be nil.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront adds a new element holding v at the front of l and returns
// it.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, &l.root)
}

// PushBack adds a new element holding v at the back of l and returns it.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore adds a new element holding v just before mark and returns
// it; when mark is not in l it does nothing and returns nil. mark must not
// be nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter adds a new element holding v just after mark and returns
// it; when mark is not in l it does nothing and returns nil. mark must not
// be nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront makes e, which must not be nil, the first element of l; it
// does nothing when e is not in l.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.relink(e, &l.root)
}

// MoveToBack makes e, which must not be nil, the last element of l; it
// does nothing when e is not in l.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.relink(e, l.root.prev)
}

// MoveBefore moves e to just before mark. Neither may be nil; nothing
// happens unless both are in l and they differ.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter moves e to just after mark. Neither may be nil; nothing
// happens unless both are in l and they differ.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark)
}

// PushBackList appends copies of other's values to l, in order; other
// may be l itself. Neither may be nil.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Front(); i > 0; i, e = i-1, e.Next() {
		l.link(&Element{Value: e.Value}, l.root.prev)
	}
}

// PushFrontList puts copies of other's values, in order, in front of l's
// elements; other may be l itself. Neither may be nil.
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Back(); i > 0; i, e = i-1, e.Prev() {
		l.link(&Element{Value: e.Value}, &l.root)
	}
}
