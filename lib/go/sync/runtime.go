// Package sync has the basic synchronisation primitives: locks,
// condition variables, wait groups, one-time actions, pools and a
// concurrent map. Most of them besides Once and WaitGroup are building
// blocks for low-level code; channels usually suit application code
// better. Do not copy values that contain these types.
//
// In govm the package is Go over sync/atomic; goroutines that must wait
// park on the runtime's semaphores and notify lists (runtime/sema.c),
// reached through the natives declared in this file.
package sync

import "unsafe"

// Natives (runtime/natives.c).

// runtime_Semacquire waits until *s > 0 and then atomically decrements
// it, parking the calling goroutine meanwhile (wait reason "semacquire").
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex.Lock (wait
// reason "sync.Mutex.Lock"). With lifo set the goroutine queues in front
// of the other waiters.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_SemacquireRWMutexR is runtime_SemacquireMutex for
// RWMutex.RLock (wait reason "sync.RWMutex.RLock").
func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)

// runtime_SemacquireRWMutex is runtime_SemacquireMutex for RWMutex.Lock
// (wait reason "sync.RWMutex.Lock").
func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease hands one unit of *s to the first goroutine waiting
// on s, or increments *s when none waits.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// notifyList is the runtime's ticket-based wait list behind Cond. Its
// layout is fixed by the runtime (runtime/sema.h).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// runtime_notifyListAdd takes the next ticket of l.
func runtime_notifyListAdd(l *notifyList) uint32

// runtime_notifyListWait parks the calling goroutine until ticket t of l
// has been notified (wait reason "sync.Cond.Wait").
func runtime_notifyListWait(l *notifyList, t uint32)

// runtime_notifyListNotifyAll wakes every goroutine waiting on l.
func runtime_notifyListNotifyAll(l *notifyList)

// runtime_notifyListNotifyOne wakes the goroutine holding the oldest
// ticket of l not yet notified.
func runtime_notifyListNotifyOne(l *notifyList)

// throw and fatal end the program with "fatal error: s" and a traceback
// (exit status 2); neither can be recovered.
func throw(s string)
func fatal(s string)

// runtime_nanotime returns the monotonic clock in nanoseconds.
func runtime_nanotime() int64

// runtime_randn returns a pseudo-random number in [0, n).
func runtime_randn(n uint32) uint32
