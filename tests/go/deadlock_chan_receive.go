package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	<-c
}

// Output:
// waiting
// Fatal: all goroutines are asleep - deadlock!
// StderrHas: goroutine 1 [chan receive]:
