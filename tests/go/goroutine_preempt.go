package main

import (
	"fmt"
	"runtime"
	"time"
)

func spin() {
	x := 0
	for {
		x++
	}
}

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	for i := 0; i < 3; i++ {
		go spin()
	}
	// with one P, main runs again only if the spinning goroutines are preempted
	time.Sleep(30 * time.Millisecond)
	runtime.Gosched()
	fmt.Println("main ran again")
	c := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += i
		}
		c <- s
	}()
	fmt.Println(<-c)
}

// Env: GOMAXPROCS=1
// Output:
// 1
// main ran again
// 499999500000
