package main

import (
	"fmt"
	"sync"
)

// RUnlock of an RWMutex that is not read-locked is a fatal error.

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("balanced")
	func() {
		defer func() { fmt.Println("recovered?", recover()) }()
		rw.RUnlock()
	}()
	fmt.Println("not reached")
}

// Output:
// balanced
// Fatal: sync: RUnlock of unlocked RWMutex
