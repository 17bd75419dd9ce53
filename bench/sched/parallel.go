// parallel: CPU-bound work split over goroutines runs on several threads.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func work(lo, hi int, out chan<- int) {
	s := 0
	for i := lo; i < hi; i++ {
		s += i % 7 * (i & 3)
	}
	out <- s
}

func run(parts, n int) time.Duration {
	out := make(chan int, parts)
	start := time.Now()
	for p := 0; p < parts; p++ {
		go work(n/parts*p, n/parts*(p+1), out)
	}
	s := 0
	for p := 0; p < parts; p++ {
		s += <-out
	}
	if s == 42 {
		fmt.Println()
	}
	return time.Since(start)
}

func main() {
	const n = 60000000
	procs := runtime.GOMAXPROCS(0)
	run(procs, n/10) // warm up
	t1 := run(1, n)
	tp := run(procs, n)
	fmt.Printf("GOMAXPROCS: %d\n", procs)
	fmt.Printf("1 goroutine: %.0f ms\n", float64(t1.Milliseconds()))
	fmt.Printf("%d goroutines: %.0f ms\n", procs, float64(tp.Milliseconds()))
	fmt.Printf("speedup: %.2f x\n", float64(t1)/float64(tp))
}
