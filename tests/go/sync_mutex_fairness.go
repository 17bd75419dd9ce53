package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A goroutine that re-locks a Mutex in a tight loop must not starve the
// other goroutines waiting for it: each of them gets the lock 100 times
// while the hog keeps running, and the hog stops afterwards.

func main() {
	var mu sync.Mutex
	var stop atomic.Bool
	hogDone := make(chan int)
	go func() {
		n := 0
		for !stop.Load() {
			mu.Lock()
			for k := 0; k < 100; k++ {
				n += k & 1
			}
			mu.Unlock()
		}
		hogDone <- n
	}()
	var wg sync.WaitGroup
	counts := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	stop.Store(true)
	n := <-hogDone
	fmt.Println(counts, n%50 == 0)
}

// Output:
// [100 100 100 100] true
