package main

import (
	"fmt"
	"sync"
)

// Done more often than Add panics with "sync: negative WaitGroup counter";
// the panic can be recovered, and an unrecovered one ends the program.

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	wg2.Done()
	wg2.Done()
	fmt.Println("balanced")
	wg2.Done()
	fmt.Println("not reached")
}

// Output:
// recovered: sync: negative WaitGroup counter
// balanced
// Panic: sync: negative WaitGroup counter
