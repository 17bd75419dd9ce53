// GODEBUG=gctrace=1 prints one line per collection in Go's format.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 1000))
	}
	runtime.GC()
	fmt.Println(len(keep))
}

// Env: GODEBUG=gctrace=1
// StderrMatch: ^gc 1 @[0-9.]+s [0-9]+%: [0-9.]+\+[0-9.]+\+[0-9.]+ ms clock, [0-9.]+\+[0-9.]+/[0-9.]+/[0-9.]+\+[0-9.]+ ms cpu, [0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, [0-9]+ P( \(forced\))?$
// Output:
// 100
