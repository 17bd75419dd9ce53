package main

import (
	"fmt"
	"sync"
)

// A Cond remembers where it was first used: calling a method on a copy
// made after that panics with "sync.Cond is copied". A copy made before
// first use is an independent Cond.

func main() {
	var mu sync.Mutex
	fresh := sync.Cond{L: &mu}
	early := fresh // copied before use: fine
	early.Signal()
	fresh.Signal()
	fmt.Println("copies made before use work")

	c := sync.NewCond(&mu)
	c.Broadcast()
	copied := *c
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		copied.Signal()
	}()
	c.Signal()
	fmt.Println("original still works")
	copied.Broadcast()
}

// Output:
// copies made before use work
// recovered: sync.Cond is copied
// original still works
// Panic: sync.Cond is copied
