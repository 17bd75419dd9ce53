package main

import (
	"fmt"
	"sync"
)

// Locking a Mutex twice from one goroutine (Go's mutexes are not
// reentrant), while another goroutine waits for the same Mutex: the
// runtime reports the deadlock.

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		done <- true
	}()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("not reached")
	<-done
}

// Output:
// locked once
// Fatal: all goroutines are asleep - deadlock!
