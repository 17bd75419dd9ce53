// Env: GOMAXPROCS=1
// preempt: how late a sleeping goroutine wakes while CPU-bound goroutines
// hog every processor (preemption latency). Run with GOMAXPROCS=1.
package main

import (
	"fmt"
	"time"
)

func spin() {
	x := 0
	for {
		x++
	}
}

func main() {
	for i := 0; i < 4; i++ {
		go spin()
	}
	var worst, total time.Duration
	const rounds = 50
	for i := 0; i < rounds; i++ {
		start := time.Now()
		time.Sleep(time.Millisecond)
		late := time.Since(start) - time.Millisecond
		total += late
		if late > worst {
			worst = late
		}
	}
	fmt.Printf("wake-up latency worst: %.1f ms\n", float64(worst.Microseconds())/1000)
	fmt.Printf("wake-up latency mean: %.1f ms\n", float64(total.Microseconds())/1000/rounds)
}
