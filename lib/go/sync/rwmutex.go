package sync

import "sync/atomic"

// RWMutex is a reader/writer lock, held either by any number of readers
// or by one writer. Its zero value is unlocked; do not copy it once it has
// been used. While a goroutine waits in Lock, new RLock calls wait until
// that writer has taken and released the lock, so writers are not starved;
// a goroutine therefore must not take a read lock it already holds.
//
// Design. Writers serialise on w. readerCount counts the readers holding
// or wanting the lock; a writer subtracts rwmutexMaxReaders from it, so a
// negative count tells arriving readers to park on readerSem. The writer
// then waits on writerSem for the readers that were inside when it
// arrived (readerWait counts them down; the last one wakes the writer).
// Unlock adds rwmutexMaxReaders back and wakes the readers that queued
// meanwhile.
type RWMutex struct {
	w           Mutex        // held by the writer that owns or wants the lock
	writerSem   uint32       // the writer waits here for departing readers
	readerSem   uint32       // readers wait here for the writer to finish
	readerCount atomic.Int32 // readers in or waiting; negative while a writer is pending
	readerWait  atomic.Int32 // readers the pending writer still waits for
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading. Taking it recursively can deadlock, since
// a waiting Lock keeps new readers out (see RWMutex).
func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
		// a writer is pending or active
		runtime_SemacquireRWMutexR(&rw.readerSem, false, 0)
	}
}

// TryRLock takes a read lock if it can do so without waiting, and reports
// whether it did.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

// RUnlock releases one read lock, leaving any other readers in place.
// Calling it when rw is not locked for reading is a fatal run-time error.
func (rw *RWMutex) RUnlock() {
	if r := rw.readerCount.Add(-1); r < 0 {
		rw.rUnlockSlow(r)
	}
}

func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is pending: the last reader it waits for wakes it.
	if rw.readerWait.Add(-1) == 0 {
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock locks rw for writing, blocking while any reader or writer holds
// it.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer; r is the number of readers inside.
	r := rw.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && rw.readerWait.Add(r) != 0 {
		runtime_SemacquireRWMutex(&rw.writerSem, false, 0)
	}
}

// TryLock takes the write lock if it can do so without waiting, and
// reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock releases the write lock; calling it when rw is not locked for
// writing is a fatal run-time error. Like a Mutex, an RWMutex has no
// owner: a read or write lock taken by one goroutine may be released by
// another.
func (rw *RWMutex) Unlock() {
	// Readers may enter again; r of them queued while we held the lock.
	r := rw.readerCount.Add(rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
