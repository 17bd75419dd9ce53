package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		c := make(chan bool)
		close(c)
		close(c)
	}()
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	var s chan string
	close(s)
}

// Output:
// recovered: close of nil channel
// Panic: close of nil channel
