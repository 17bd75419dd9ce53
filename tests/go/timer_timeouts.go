package main

import (
	"fmt"
	"time"
)

// A worker pool with per-request timeouts and a global deadline.
func slowSquare(n int) <-chan int {
	c := make(chan int, 1)
	go func() {
		time.Sleep(time.Duration(n) * 10 * time.Millisecond)
		c <- n * n
	}()
	return c
}

func main() {
	for _, n := range []int{1, 8} {
		select {
		case v := <-slowSquare(n):
			fmt.Println("result", v)
		case <-time.After(40 * time.Millisecond):
			fmt.Println("timeout for", n)
		}
	}

	deadline := time.After(60 * time.Millisecond)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks in range", ticks >= 3 && ticks <= 13)

	// many timers in many goroutines
	results := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func() {
			t := time.NewTimer(time.Duration(i%10) * time.Millisecond)
			<-t.C
			results <- i
		}()
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}

// Output:
// result 1
// timeout for 8
// ticks in range true
// sum 4950
