package main

import (
	"fmt"
	"sync"
)

// Waiting on a Cond that nobody signals: the runtime reports the deadlock.

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting")
	c.Wait()
	fmt.Println("not reached")
}

// Output:
// waiting
// Fatal: all goroutines are asleep - deadlock!
