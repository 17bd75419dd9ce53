package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	c := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		c <- "slow"
	}()
	go func() {
		time.Sleep(5 * time.Millisecond)
		c <- "fast"
	}()
	fmt.Println(<-c, <-c)
	el := time.Since(start)
	fmt.Println(el >= 30*time.Millisecond, el < 2*time.Second)

	// many sleepers wake in deadline order
	order := make(chan int, 5)
	for _, d := range []int{50, 10, 40, 20, 30} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			order <- d
		}()
	}
	var got []int
	for i := 0; i < 5; i++ {
		got = append(got, <-order)
	}
	fmt.Println(got)
}

// Output:
// fast slow
// true true
// [10 20 30 40 50]
