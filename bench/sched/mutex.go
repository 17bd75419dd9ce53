// mutex: the cost of sync.Mutex, uncontended (one goroutine locking and
// unlocking in a loop) and contended (workers goroutines incrementing one
// shared counter under the lock, on every processor), and of a
// sync.WaitGroup joining them. Prints the counters (checksums) and the
// cost per lock+unlock pair (metrics).
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	uncontended = 10000000 // lock+unlock pairs by one goroutine
	workers     = 4        // goroutines sharing the contended lock
	perWorker   = 500000   // lock+unlock pairs by each of them
)

func main() {
	var mu sync.Mutex
	n := 0
	start := time.Now()
	for i := 0; i < uncontended; i++ {
		mu.Lock()
		n++
		mu.Unlock()
	}
	el := time.Since(start)
	fmt.Printf("uncontended counter: %d\n", n)
	fmt.Printf("uncontended lock+unlock: %.1f ns\n", float64(el.Nanoseconds())/uncontended)

	var wg sync.WaitGroup
	shared := 0
	start = time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				mu.Lock()
				shared++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el = time.Since(start)
	fmt.Printf("contended counter: %d\n", shared)
	fmt.Printf("contended lock+unlock: %.1f ns\n", float64(el.Nanoseconds())/(workers*perWorker))
}
