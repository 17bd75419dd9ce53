package sync

import "sync/atomic"

// WaitGroup lets goroutines wait for a group of others to end: Add
// raises a counter by the number of goroutines to wait for, each of them
// calls Done when it ends, and Wait blocks until the counter is back to
// zero. Do not copy a WaitGroup once it has been used.
//
// Design. state holds the counter in its high 32 bits and the number of
// goroutines parked in Wait in its low 32 bits, so both change together.
// The Add that brings the counter to zero resets state to 0 and releases
// sema once per waiter.
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64 // counter << 32 | waiters
	sema  uint32
}

// Add adds delta (possibly negative) to the counter. When the counter
// reaches zero, every goroutine blocked in Wait is released; when it
// would drop below zero, Add panics. An Add of a positive delta to a zero
// counter must happen before the Wait it is meant for; other calls (a
// negative delta, or a positive one while the counter is above zero) may
// happen at any time.
func (wg *WaitGroup) Add(delta int) {
	s := wg.state.Add(uint64(delta) << 32)
	count := int32(s >> 32)
	waiters := uint32(s)
	if count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if waiters != 0 && delta > 0 && count == int32(delta) {
		// The counter went up from zero while goroutines were waiting.
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if count > 0 || waiters == 0 {
		return
	}
	// count == 0 with waiters: nobody may change state now (Add from zero
	// and Wait are not allowed concurrently with this moment).
	if wg.state.Load() != s {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wg.state.Store(0)
	for ; waiters > 0; waiters-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done is Add(-1), called when one of the awaited goroutines is over.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait returns once the counter is zero, blocking until then.
func (wg *WaitGroup) Wait() {
	for {
		s := wg.state.Load()
		if int32(s>>32) == 0 {
			return
		}
		// Register as a waiter, then park.
		if wg.state.CompareAndSwap(s, s+1) {
			runtime_Semacquire(&wg.sema)
			if wg.state.Load() != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}
