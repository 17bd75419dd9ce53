package sync

import "unsafe"

// Pool is a cache of interchangeable temporary values that can be put
// in and taken out one at a time. An item may disappear from the Pool at
// any moment without notice, and is then freed if nothing else refers to
// it. Goroutines may use a Pool concurrently. Do not copy a Pool once it
// has been used.
//
// Design. The items live in a poolItems behind a Mutex, shaped like the
// cache of a single P in Go: a private slot filled first and emptied
// first, then a stack of shared items (the last one Put is the next one
// taken). A single-goroutine program therefore gets items back in Go's
// order. The garbage collector empties pools as Go's does, over two
// cycles: each cycle turns the current items into victims (still handed
// out by Get when nothing newer is there) and drops the previous victims.
// A Pool registers with the collector when it gets items after a cycle
// (runtime/gc.c clears local and victim with the world stopped).
type Pool struct {
	noCopy noCopy

	local  *poolItems // items since the last collection (first field pair:
	victim *poolItems // the collector expects local, then victim)

	mu Mutex

	// New, when set, produces the value Get returns instead of nil.
	// Do not change it while Get may be running.
	New func() any
}

type poolItems struct {
	private any   // the item Get returns first
	shared  []any // further items, taken from the end
}

func runtime_registerPool(p unsafe.Pointer)

// Put places x in the pool for a later Get; a nil x is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	l := p.local
	if l == nil {
		l = new(poolItems)
		p.local = l
		runtime_registerPool(unsafe.Pointer(&p.local))
	}
	if l.private == nil {
		l.private = x
	} else {
		l.shared = append(l.shared, x)
	}
	p.mu.Unlock()
}

// Get removes some item from the Pool and returns it; it is also free to
// act as if the Pool were empty, so callers must not count on getting back
// what they Put. When it has no item and p.New is set, Get returns the
// result of p.New().
func (p *Pool) Get() any {
	p.mu.Lock()
	var x any
	if l := p.local; l != nil {
		x = l.private
		l.private = nil
		if x == nil {
			if n := len(l.shared); n > 0 {
				x = l.shared[n-1]
				l.shared[n-1] = nil
				l.shared = l.shared[:n-1]
			}
		}
	}
	if v := p.victim; x == nil && v != nil {
		// Victims go oldest first, as Go takes them.
		x = v.private
		v.private = nil
		if x == nil && len(v.shared) > 0 {
			x = v.shared[0]
			v.shared[0] = nil
			v.shared = v.shared[1:]
		}
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
