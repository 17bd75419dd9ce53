// pingpong: an unbuffered channel round trip between two goroutines, and a
// buffered channel stream.
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 1000000
	a, b := make(chan int), make(chan int)
	go func() {
		for v := range a {
			b <- v + 1
		}
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		a <- i
		<-b
	}
	el := time.Since(start)
	fmt.Printf("unbuffered round trip: %.0f ns\n", float64(el.Nanoseconds())/n)

	c := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	start = time.Now()
	for range c {
	}
	el = time.Since(start)
	fmt.Printf("buffered send+receive: %.0f ns\n", float64(el.Nanoseconds())/n)
}
