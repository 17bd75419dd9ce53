package sync

import (
	"sync/atomic"
	"unsafe"
)

// Cond is a condition variable: goroutines wait on it until another
// goroutine announces that something happened. Its Locker L (usually a
// *Mutex or *RWMutex) must be held while the condition is changed and
// while Wait is called. Do not copy a Cond once it has been used.
//
// Design. Waiters take a ticket from the runtime's notify list before
// unlocking L, so a Signal or Broadcast that happens after the unlock is
// never lost; Signal wakes the oldest ticket, Broadcast all of them.
type Cond struct {
	noCopy noCopy

	// L guards the condition; hold it to read or change it.
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a Cond whose L is l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L and parks the calling goroutine in one atomic step,
// and locks c.L again before returning. It returns only after a Signal
// or Broadcast; there are no spurious wake-ups. Other goroutines may
// change the condition while c.L is released, so check it again after
// Wait returns, normally in a loop around the call.
func (c *Cond) Wait() {
	c.checker.check()
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if any. The caller may hold
// c.L but does not have to.
func (c *Cond) Signal() {
	c.checker.check()
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes every goroutine waiting on c. The caller may hold c.L
// but does not have to.
func (c *Cond) Broadcast() {
	c.checker.check()
	runtime_notifyListNotifyAll(&c.notify)
}

// copyChecker remembers its own address on first use; finding another
// address there later means the Cond was copied.
type copyChecker uintptr

func (c *copyChecker) check() {
	self := uintptr(unsafe.Pointer(c))
	if atomic.LoadUintptr((*uintptr)(c)) == self {
		return
	}
	if atomic.CompareAndSwapUintptr((*uintptr)(c), 0, self) {
		return
	}
	if atomic.LoadUintptr((*uintptr)(c)) != self {
		panic("sync.Cond is copied")
	}
}

// noCopy is embedded in structs that must not be copied once used; go
// vet's copylocks check recognises it by its Lock and Unlock methods.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
