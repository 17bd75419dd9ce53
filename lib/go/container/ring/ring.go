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

func (r *Ring) init() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the element after r; r must not be nil.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.next
}

// Prev returns the element before r; r must not be nil.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.prev
}

// Move returns the element n steps after r (before r when n < 0),
// going round the ring as often as needed; r must not be nil.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.init()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New returns a ring of n elements with nil Values, or nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	r := new(Ring)
	p := r
	for i := 1; i < n; i++ {
		q := &Ring{prev: p}
		p.next = q
		p = q
	}
	p.next = r
	r.prev = p
	return r
}

// Link makes s follow r and returns what followed r before; r must not
// be nil. When s is in another ring, that whole ring is spliced in after
// r, and the result is the element now following s's last one. When s is
// in r's ring, the elements strictly between r and s drop out and form a
// ring of their own, which the result points into (when nothing drops
// out, the result is still the old r.Next(), not nil).
func (r *Ring) Link(s *Ring) *Ring {
	n := r.Next()
	if s != nil {
		p := s.Prev()
		r.next = s
		s.prev = r
		n.prev = p
		p.next = n
	}
	return n
}

// Unlink cuts the n % r.Len() elements after r out of r's ring and
// returns them as a ring of their own (r is unchanged when that count is
// 0, and nil is returned for n <= 0). r must not be nil.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts r's elements by walking round the ring (0 for nil).
func (r *Ring) Len() int {
	n := 0
	if r != nil {
		n = 1
		for p := r.Next(); p != r; p = p.next {
			n++
		}
	}
	return n
}

// Do calls f with each element's Value, going forward from r. f must not
// change *r.
func (r *Ring) Do(f func(any)) {
	if r != nil {
		f(r.Value)
		for p := r.Next(); p != r; p = p.next {
			f(p.Value)
		}
	}
}
