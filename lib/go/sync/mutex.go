package sync

import "sync/atomic"

// Locker is anything with Lock and Unlock methods.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual exclusion lock; its zero value is unlocked. Do not
// copy a Mutex once it has been used.
//
// Design. state packs the lock bit, two mode bits and the number of
// goroutines parked on sema (state >> mutexWaiterShift):
//
//   - mutexLocked: the mutex is held.
//   - mutexWoken: Unlock has woken a waiter that is now on its way to
//     retry, so further Unlocks need not wake another one.
//   - mutexStarving: handoff mode. A waiter that waited longer than
//     starvationThresholdNs sets it; then Unlock passes ownership to the
//     first waiter, and arriving goroutines queue behind the waiters
//     instead of taking the lock. The last waiter (or one that did not
//     wait long) switches back to normal mode, where newcomers and a woken
//     waiter compete for the lock and a waiter that loses queues again at
//     the front.
//
// Lock's fast path is one CAS from 0; Unlock's is one atomic add. A
// contended Lock polls the state a bounded number of times (mutexSpins;
// it halves the cost of short critical sections when goroutines run in
// parallel) and then parks in the runtime (runtime_SemacquireMutex): no
// goroutine ever busy-waits for long or blocks its thread.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	// A waiter that has not got the lock after this long switches the
	// mutex to handoff mode.
	starvationThresholdNs = 1e6

	// How many times Lock polls a held mutex before parking.
	mutexSpins = 40
)

// Lock locks m, blocking the caller while another goroutine holds it.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock locks m if that is possible without waiting and reports
// whether it did. Programs seldom have a good reason to need it.
func (m *Mutex) TryLock() bool {
	s := atomic.LoadInt32(&m.state)
	if s&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, s, s|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStart int64 // when this goroutine first parked; 0 before
	starving := false   // this goroutine has waited too long
	awoke := false      // Unlock woke this goroutine (it owns mutexWoken)
	spins := 0
	s := atomic.LoadInt32(&m.state)
	for {
		if s&(mutexLocked|mutexStarving) == mutexLocked && spins < mutexSpins {
			// Held in normal mode: the holder may be running on another
			// thread and about to unlock, so poll a little before parking.
			// Setting mutexWoken meanwhile keeps Unlock from waking a
			// sleeper that would only compete with us.
			if !awoke && s&mutexWoken == 0 && s>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, s, s|mutexWoken) {
				awoke = true
			}
			spins++
			s = atomic.LoadInt32(&m.state)
			continue
		}
		n := s
		if s&mutexStarving == 0 {
			// Normal mode: try to take the lock (only works if it is free).
			n |= mutexLocked
		}
		mustWait := s&(mutexLocked|mutexStarving) != 0
		if mustWait {
			n += 1 << mutexWaiterShift
			if starving && s&mutexLocked != 0 {
				n |= mutexStarving
			}
		}
		if awoke {
			if n&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			n &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, s, n) {
			s = atomic.LoadInt32(&m.state)
			continue
		}
		if !mustWait {
			return // the lock was free and is ours now
		}
		// A goroutine that already waited goes back to the front.
		again := waitStart != 0
		if !again {
			waitStart = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, again, 1)
		if !starving && runtime_nanotime()-waitStart > starvationThresholdNs {
			starving = true
		}
		s = atomic.LoadInt32(&m.state)
		if s&mutexStarving != 0 {
			// Handoff: the mutex is unlocked but reserved for us. Take it,
			// leave the waiter count, and end handoff mode if we are the
			// last waiter or did not wait long.
			if s&(mutexLocked|mutexWoken) != 0 || s>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			d := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || s>>mutexWaiterShift == 1 {
				d -= mutexStarving
			}
			atomic.AddInt32(&m.state, d)
			return
		}
		awoke = true
		spins = 0
	}
}

// Unlock unlocks m; unlocking a Mutex that is not locked is a fatal
// run-time error. A Mutex has no owner: the goroutine that unlocks it
// need not be the one that locked it.
func (m *Mutex) Unlock() {
	if s := atomic.AddInt32(&m.state, -mutexLocked); s != 0 {
		m.unlockSlow(s)
	}
}

func (m *Mutex) unlockSlow(s int32) {
	if (s+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if s&mutexStarving != 0 {
		// Handoff mode: the first waiter owns the mutex now.
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	for {
		// Wake nobody if nobody waits, if the lock was taken again, or
		// if a woken waiter is already on its way.
		if s>>mutexWaiterShift == 0 || s&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, s, (s-1<<mutexWaiterShift)|mutexWoken) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		s = atomic.LoadInt32(&m.state)
	}
}
