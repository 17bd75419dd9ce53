package main

import (
	"fmt"
	"sync"
	"time"
)

// Critical sections that sleep make waiters wait longer than a
// millisecond, which switches the Mutex to handoff (starvation) mode;
// mutual exclusion and the count stay exact, TryLock fails while waiters
// are queued, and the Mutex returns to normal use afterwards.

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	inside := 0
	maxInside := 0
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				time.Sleep(2 * time.Millisecond)
				total++
				inside--
				mu.Unlock()
			}
		}()
	}
	// while the workers queue up, TryLock keeps failing or briefly
	// succeeding; either way it must not break exclusion
	tries := 0
	for i := 0; i < 20; i++ {
		if mu.TryLock() {
			inside++
			if inside > maxInside {
				maxInside = inside
			}
			inside--
			mu.Unlock()
		}
		tries++
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	fmt.Println("total:", total, "max inside:", maxInside, "tries:", tries)

	// normal mode again: uncontended Lock/Unlock and TryLock
	mu.Lock()
	fmt.Println("TryLock while held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock when free:", mu.TryLock())
	mu.Unlock()
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}

// Output:
// total: 40 max inside: 1 tries: 20
// TryLock while held: false
// TryLock when free: true
// total: 140
