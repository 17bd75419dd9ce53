package sync

import "sync/atomic"

// Once runs a single action exactly one time. Do not copy a Once after
// its first use.
//
// Design. done is set (after f returns or panics) by the goroutine that
// ran f, so the fast path of Do is one atomic load. Callers that find it
// unset serialise on m: the first runs f while holding m, so the others
// return only after f has finished.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do calls f on the first call of Do for o and does nothing on every
// later call, whatever f it is given then; each action that must run once
// needs its own Once. No call of Do returns before that first f has
// returned, so an f that calls o.Do deadlocks. An f that panics still
// counts as done: later calls return without calling anything.
func (o *Once) Do(f func()) {
	if o.done.Load() == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() != 0 {
		return
	}
	// Deferred so that a panicking f also counts as done; it runs before
	// the Unlock above, so waiters see done set.
	defer o.done.Store(1)
	f()
}

// OnceFunc returns a function, safe to call from several goroutines at
// once, that calls f on its first call and does nothing afterwards. If f
// panics, every call of the returned function panics with that value.
func OnceFunc(f func()) func() {
	var (
		once     Once
		ok       bool // f returned normally
		panicked any  // what f panicked with
	)
	call := func() {
		defer func() {
			if !ok {
				// f panicked (or called runtime.Goexit): record the value
				// and let the panic continue.
				panicked = recover()
				panic(panicked)
			}
		}()
		f()
		f = nil // let f be collected
		ok = true
	}
	return func() {
		once.Do(call)
		if !ok {
			panic(panicked)
		}
	}
}

// OnceValue returns a function, safe for concurrent calls, that calls f
// on its first call and returns f's result on that call and every later
// one. If f panics, every call panics with that value.
func OnceValue[T any](f func() T) func() T {
	var (
		once     Once
		ok       bool
		panicked any
		result   T
	)
	call := func() {
		defer func() {
			if !ok {
				panicked = recover()
				panic(panicked)
			}
		}()
		result = f()
		f = nil
		ok = true
	}
	return func() T {
		once.Do(call)
		if !ok {
			panic(panicked)
		}
		return result
	}
}

// OnceValues is OnceValue for an f with two results: the returned
// function calls f once and returns its two results every time. If f
// panics, every call panics with that value.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		ok       bool
		panicked any
		r1       T1
		r2       T2
	)
	call := func() {
		defer func() {
			if !ok {
				panicked = recover()
				panic(panicked)
			}
		}()
		r1, r2 = f()
		f = nil
		ok = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !ok {
			panic(panicked)
		}
		return r1, r2
	}
}
