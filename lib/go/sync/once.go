package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.
//
// A Once must not be copied after first use.
//
// Design. done is set (after f returns or panics) by the goroutine that
// ran f, so the fast path of Do is one atomic load. Callers that find it
// unset serialise on m: the first runs f while holding m, so the others
// return only after f has finished.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once. In other words, given
//
//	var once Once
//
// if once.Do(f) is called multiple times, only the first call will invoke f,
// even if f has a different value in each invocation. A new instance of
// Once is required for each function to execute.
//
// Because no call to Do returns until the one call to f returns, if f causes
// Do to be called, it will deadlock.
//
// If f panics, Do considers it to have returned; future calls of Do return
// without calling f.
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

// OnceFunc returns a function that invokes f only once. The returned function
// may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
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

// OnceValue returns a function that invokes f only once and returns the value
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
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

// OnceValues returns a function that invokes f only once and returns the values
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
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
