// spawn: the cost of starting a goroutine and waiting for it to finish.
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 1000000
	done := make(chan bool, 1024)
	start := time.Now()
	go func() {
		for i := 0; i < n; i++ {
			go func() { done <- true }()
		}
	}()
	for i := 0; i < n; i++ {
		<-done
	}
	el := time.Since(start)
	fmt.Printf("spawn+finish: %.0f ns/goroutine\n", float64(el.Nanoseconds())/n)

	// the same one goroutine at a time (no parallelism to hide the cost)
	start = time.Now()
	for i := 0; i < n/10; i++ {
		go func() { done <- true }()
		<-done
	}
	el = time.Since(start)
	fmt.Printf("spawn+join one at a time: %.0f ns/goroutine\n", float64(el.Nanoseconds())/(n/10))
}
