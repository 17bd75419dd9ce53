package main

import "fmt"

func main() {
	const n = 100000
	c := make(chan int, 64)
	for i := 0; i < n; i++ {
		go func() { c <- i }()
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	fmt.Println(sum)

	// a chain: each goroutine passes the value to the next
	first := make(chan int)
	in := first
	for i := 0; i < 10000; i++ {
		out := make(chan int)
		go func(in, out chan int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println(<-in)

	// all blocked at once, then released
	gate := make(chan struct{})
	done := make(chan int, 1000)
	for i := 0; i < 20000; i++ {
		go func() {
			<-gate
			done <- 1
		}()
	}
	close(gate)
	total := 0
	for i := 0; i < 20000; i++ {
		total += <-done
	}
	fmt.Println(total)
}

// GCStress: 20000
// Output:
// 4999950000
// 10000
// 20000
