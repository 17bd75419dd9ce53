package main

import "time"

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		close(c)
	}()
	c <- 1 // blocked sender: the close wakes it with a panic
}

// Panic: send on closed channel
// StderrHas: goroutine 1 [running]:
