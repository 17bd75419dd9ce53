package main

import (
	"fmt"
	"runtime"
)

// Goroutines that spawn goroutines, join them, and yield; GOMAXPROCS
// changes while it runs.
func tree(depth int) int {
	if depth == 0 {
		return 1
	}
	c := make(chan int, 2)
	for i := 0; i < 2; i++ {
		go func() { c <- tree(depth - 1) }()
	}
	runtime.Gosched()
	return <-c + <-c
}

func main() {
	procs := []int{1, 2, 3, 4, 2}
	for round := 0; round < 5; round++ {
		runtime.GOMAXPROCS(procs[round])
		fmt.Println(tree(12))
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}

// Output:
// 4096
// 4096
// 4096
// 4096
// 4096
// 1
