package main

import (
	"fmt"
	"sync"
)

// Unlock of an RWMutex that is not write-locked is a fatal error (here it
// is only read-locked).

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	fmt.Println("read-locked")
	rw.Unlock()
	fmt.Println("not reached")
}

// Output:
// read-locked
// Fatal: sync: Unlock of unlocked RWMutex
