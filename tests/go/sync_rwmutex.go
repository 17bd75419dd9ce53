package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Readers and writers on an RWMutex: writers are exclusive (no reader and
// no other writer inside at the same time), readers share, and the data
// written under the lock is consistent. Also TryLock, TryRLock, RLocker.

type Store struct {
	mu   sync.RWMutex
	data map[int]int
	sum  int // always the sum of data's values
}

func main() {
	s := &Store{data: map[int]int{}}
	var readers, writers atomic.Int32
	var violations atomic.Int32
	var maxReaders atomic.Int32
	var wg sync.WaitGroup
	for w := 0; w < 20; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				s.mu.Lock()
				if writers.Add(1) != 1 || readers.Load() != 0 {
					violations.Add(1)
				}
				s.data[k%10] += w
				s.sum += w
				writers.Add(-1)
				s.mu.Unlock()
			}
		}(w)
	}
	for r := 0; r < 50; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 40; k++ {
				s.mu.RLock()
				n := readers.Add(1)
				for {
					m := maxReaders.Load()
					if n <= m || maxReaders.CompareAndSwap(m, n) {
						break
					}
				}
				if writers.Load() != 0 {
					violations.Add(1)
				}
				total := 0
				for _, v := range s.data {
					total += v
				}
				if total != s.sum {
					violations.Add(1)
				}
				readers.Add(-1)
				s.mu.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("sum:", s.sum, "violations:", violations.Load(), "readers seen:", maxReaders.Load() >= 1)

	// Several readers can hold the lock at once: each one waits, holding
	// its read lock, until all of them are in.
	var in sync.WaitGroup
	in.Add(5)
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.mu.RLock()
			in.Done()
			in.Wait()
			s.mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("5 readers inside together")

	var rw sync.RWMutex
	fmt.Println("TryRLock:", rw.TryRLock(), rw.TryRLock())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock:", rw.TryLock())
	fmt.Println("TryRLock while locked:", rw.TryRLock(), "TryLock while locked:", rw.TryLock())
	rw.Unlock()

	// A pending writer blocks new readers; they get in after it.
	rw.RLock()
	events := make(chan string, 10)
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.Lock()
		events <- "writer"
		rw.Unlock()
	}()
	// wait until the writer is pending (TryRLock fails then)
	for {
		if rw.TryRLock() {
			rw.RUnlock()
			runtime.Gosched()
			continue
		}
		break
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.RLock()
		events <- "reader"
		rw.RUnlock()
	}()
	events <- "first reader leaves"
	rw.RUnlock()
	wg.Wait()
	close(events)
	for e := range events {
		fmt.Println(e)
	}

	// RLocker
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println("TryLock with two RLocker locks:", rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("TryLock after RLocker unlocks:", rw.TryLock())
	rw.Unlock()
	fmt.Printf("%T\n", l)
}

// Output:
// sum: 9500 violations: 0 readers seen: true
// 5 readers inside together
// TryRLock: true true
// TryLock while read-locked: false
// TryLock: true
// TryRLock while locked: false TryLock while locked: false
// first reader leaves
// writer
// reader
// TryLock with two RLocker locks: false
// TryLock after RLocker unlocks: true
// *sync.rlocker
