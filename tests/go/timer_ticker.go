package main

import (
	"fmt"
	"time"
)

func main() {
	// start is taken first: the ticks are due 10 ms apart from the ticker's
	// creation, which is not before start, so five take at least 50 ms
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 5; i++ {
		<-tk.C
	}
	el := time.Since(start)
	tk.Stop()
	fmt.Println("5 ticks", el >= 50*time.Millisecond, el < 2*time.Second)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped")
	}

	// a slow receiver loses ticks instead of queueing them
	tk2 := time.NewTicker(2 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("queued", len(tk2.C))
	tk2.Reset(5 * time.Millisecond)
	<-tk2.C
	<-tk2.C
	tk2.Stop()
	fmt.Println("reset ok")

	// Tick
	n := 0
	for range time.Tick(3 * time.Millisecond) {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("tick", n, time.Tick(0) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}

// Output:
// 5 ticks true true
// stopped
// queued 1
// reset ok
// tick 3 true
// recovered: non-positive interval for NewTicker
