package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("worker", <-c)
	}()
	defer func() {
		fmt.Println("main's defer runs")
		c <- 5
	}()
	runtime.Goexit()
}

// Output:
// main's defer runs
// worker 5
// Fatal: no goroutines (main called runtime.Goexit) - deadlock!
