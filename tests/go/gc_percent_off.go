// debug.SetGCPercent(-1) turns collection off; setting it back turns it on.
// runtime.GC still collects when asked.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func churn(mb int) {
	for i := 0; i < mb*16; i++ {
		sink = make([]byte, 64<<10)
	}
}

func numGC() uint32 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.NumGC
}

func main() {
	old := debug.SetGCPercent(-1)
	fmt.Println("default GOGC:", old)
	n := numGC()
	churn(64)
	fmt.Println("collections while off:", numGC()-n)
	runtime.GC()
	fmt.Println("runtime.GC while off:", numGC()-n)
	debug.SetGCPercent(100)
	n = numGC()
	churn(64)
	fmt.Println("collections when on again:", numGC()-n > 0)
	fmt.Println("limit:", debug.SetMemoryLimit(1<<30) == 1<<63-1, debug.SetMemoryLimit(-1))
}

// Output:
// default GOGC: 100
// collections while off: 0
// runtime.GC while off: 1
// collections when on again: true
// limit: true 1073741824
