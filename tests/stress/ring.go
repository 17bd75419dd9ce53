package main

import "fmt"

// A ring of goroutines passes a counter around many times.
func main() {
	const n, laps = 200, 300
	first := make(chan int)
	in := first
	for i := 0; i < n-1; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	total := 0
	for lap := 0; lap < laps; lap++ {
		first <- 0
		total += <-last
	}
	close(first)
	for range last {
	}
	fmt.Println(total)
}

// Output:
// 59700
