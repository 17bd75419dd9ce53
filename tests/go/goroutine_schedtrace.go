package main

import (
	"fmt"
	"time"
)

// GODEBUG=schedtrace=N prints a scheduler summary line every N ms.
func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(60 * time.Millisecond)
		done <- true
	}()
	<-done
	fmt.Println("done")
}

// Env: GODEBUG=schedtrace=10
// StderrMatch: ^SCHED [0-9]+ms: gomaxprocs=[0-9]+ idleprocs=[0-9]+ threads=[0-9]+ spinningthreads=[0-9]+ (needspinning=[0-9]+ )?idlethreads=[0-9]+ runqueue=[0-9]+ \[[0-9 ]+\]$
// Output:
// done
