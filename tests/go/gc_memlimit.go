// With GOGC=off, the memory limit alone triggers collections: a loop
// allocating 1.3 GB with a small live set stays within the limit.
package main

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func main() {
	for i := 0; i < 20000; i++ {
		sink = append(sink, make([]byte, 64<<10))
		if len(sink) > 100 {
			sink = sink[1:]
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 0)
	fmt.Println("heap in use under 80 MB:", ms.HeapInuse < 80<<20)
}

// Env: GOGC=off GOMEMLIMIT=64MiB
// Output:
// collected: true
// heap in use under 80 MB: true
