package sync

// Pool is a cache of interchangeable temporary values that can be put
// in and taken out one at a time. An item may disappear from the Pool at
// any moment without notice, and is then freed if nothing else refers to
// it. Goroutines may use a Pool concurrently. Do not copy a Pool once it
// has been used.
//
// Design. One Mutex-protected cache per Pool, shaped like the cache of a
// single P in Go: a private slot filled first and emptied first, then a
// stack of shared items (the last one Put is the next one taken). A
// single-goroutine program therefore gets items back in Go's order. Items
// are never dropped (govm has no collection cycles to drop them at).
type Pool struct {
	noCopy noCopy

	mu      Mutex
	private any   // the item Get returns first
	shared  []any // further items, taken from the end

	// New, when set, produces the value Get returns instead of nil.
	// Do not change it while Get may be running.
	New func() any
}

// Put places x in the pool for a later Get; a nil x is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

// Get removes some item from the Pool and returns it; it is also free to
// act as if the Pool were empty, so callers must not count on getting back
// what they Put. When it has no item and p.New is set, Get returns the
// result of p.New().
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil {
		if n := len(p.shared); n > 0 {
			x = p.shared[n-1]
			p.shared[n-1] = nil
			p.shared = p.shared[:n-1]
		}
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
