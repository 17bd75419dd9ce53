package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked Mutex is a fatal error, which deferred functions
// cannot recover.

func main() {
	defer func() {
		fmt.Println("deferred call runs?", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked")
	mu.Unlock()
	fmt.Println("not reached")
}

// Output:
// locked and unlocked
// Fatal: sync: unlock of unlocked mutex
