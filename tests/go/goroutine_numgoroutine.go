package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	old := runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(0), old > 0)
	runtime.GOMAXPROCS(1)
	fmt.Println(runtime.GOMAXPROCS(-1))
}

// Output:
// 1
// 11
// 1
// true true
// 3 true
// 1
