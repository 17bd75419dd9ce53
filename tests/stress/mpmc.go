package main

import "fmt"

// Many producers and consumers over channels of several capacities.
func run(capacity, producers, consumers, per int) int64 {
	c := make(chan int64, capacity)
	done := make(chan int64)
	finished := make(chan bool)
	for p := 0; p < producers; p++ {
		go func(p int) {
			for i := 0; i < per; i++ {
				c <- int64(p*per + i)
			}
			finished <- true
		}(p)
	}
	for k := 0; k < consumers; k++ {
		go func() {
			var s int64
			for v := range c {
				s += v
			}
			done <- s
		}()
	}
	for p := 0; p < producers; p++ {
		<-finished
	}
	close(c)
	var total int64
	for k := 0; k < consumers; k++ {
		total += <-done
	}
	return total
}

func main() {
	for _, capacity := range []int{0, 1, 7, 64, 1024} {
		got := run(capacity, 8, 8, 5000)
		n := int64(8 * 5000)
		fmt.Println(capacity, got == n*(n-1)/2)
	}
}

// Output:
// 0 true
// 1 true
// 7 true
// 64 true
// 1024 true
