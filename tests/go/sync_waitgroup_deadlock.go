package main

import (
	"fmt"
	"sync"
)

// A WaitGroup whose counter never reaches zero: main blocks in Wait, the
// only other goroutine blocks on a channel, and the runtime reports the
// deadlock.

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if i == 2 {
				<-ch // never sent: this goroutine never calls Done
			}
			wg.Done()
		}(i)
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("not reached")
}

// Output:
// waiting
// Fatal: all goroutines are asleep - deadlock!
