// Package ring is a circular doubly linked list.
package ring

// Ring is one element of a ring. A ring has no start or end, so a
// pointer to any of its elements stands for the whole ring; a nil *Ring
// is the empty ring. A zero Ring is a ring of one element with a nil
// Value.
type Ring struct {
	next, prev *Ring
	Value      any // the element's payload; the package never looks at it
}

// ready makes a zero Ring, whose links were never set, a ring of its own
// and reports whether r was linked already.
func (r *Ring) ready() bool {
	if r.next != nil {
		return true
	}
	r.next, r.prev = r, r
	return false
}

// Next returns the element after r; r must not be nil.
func (r *Ring) Next() *Ring {
	r.ready()
	return r.next
}

// Prev returns the element before r; r must not be nil.
func (r *Ring) Prev() *Ring {
	r.ready()
	return r.prev
}

// Move returns the element n steps after r (before r when n < 0),
// going round the ring as often as needed; r must not be nil.
func (r *Ring) Move(n int) *Ring {
	if !r.ready() {
		return r // a ring of one: every move ends where it starts
	}
	at := r
	for ; n > 0; n-- {
		at = at.next
	}
	for ; n < 0; n++ {
		at = at.prev
	}
	return at
}

// New returns a ring of n elements with nil Values, or nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	head := &Ring{}
	head.next, head.prev = head, head
	// Each new element goes in just before head, that is at the end.
	for made := 1; made < n; made++ {
		tail := head.prev
		e := &Ring{next: head, prev: tail}
		tail.next = e
		head.prev = e
	}
	return head
}

// Link makes s follow r and returns what followed r before; r must not
// be nil. When s is in another ring, that whole ring is spliced in after
// r, and the result is the element now following s's last one. When s is
// in r's ring, the elements strictly between r and s drop out and form a
// ring of their own, which the result points into (when nothing drops
// out, the result is still the old r.Next(), not nil).
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s == nil {
		return after
	}
	// Cut the ring(s) open between r and after and between s's
	// predecessor and s, and reconnect the ends crosswise:
	// r -> s ... last -> after.
	last := s.Prev()
	r.next, s.prev = s, r
	last.next = after
	after.prev = last
	return after
}

// Unlink cuts the n % r.Len() elements after r out of r's ring and
// returns them as a ring of their own (r is unchanged when that count is
// 0, and nil is returned for n <= 0). r must not be nil.
func (r *Ring) Unlink(n int) *Ring {
	if n > 0 {
		// Linking r to the element n+1 steps on drops the n between.
		return r.Link(r.Move(n + 1))
	}
	return nil
}

// each calls visit with r and then with every following element, until
// the walk comes back to r; it does nothing for a nil r.
func (r *Ring) each(visit func(*Ring)) {
	if r == nil {
		return
	}
	visit(r)
	for e := r.Next(); e != r; e = e.next {
		visit(e)
	}
}

// Len counts r's elements by walking round the ring (0 for nil).
func (r *Ring) Len() int {
	count := 0
	r.each(func(*Ring) { count++ })
	return count
}

// Do calls f with each element's Value, going forward from r. f must not
// change *r.
func (r *Ring) Do(f func(any)) {
	r.each(func(e *Ring) { f(e.Value) })
}
