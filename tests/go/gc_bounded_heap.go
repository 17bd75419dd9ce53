// A loop allocating 200 MB of short-lived objects with a small live set
// runs in a heap of a few megabytes: collections free and reuse memory.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type node struct {
	next *node
	data []byte
	name string
}

func main() {
	var live [64]*node
	total := 0
	for i := 0; total < 200<<20; i++ {
		n := &node{data: make([]byte, 1024), name: strconv.Itoa(i)}
		n.next = live[i%64]
		if i%7 == 0 {
			n.next = nil // cut the chain now and then
		}
		live[i%64] = n
		total += 1024 + 64
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 10)
	fmt.Println("heap in use under 32 MB:", ms.HeapInuse < 32<<20)
	fmt.Println("allocated over 180 MB:", ms.TotalAlloc >= 180<<20)
	fmt.Println("objects freed:", ms.Frees > ms.Mallocs/2)
	fmt.Println("live objects fewer than allocated:", ms.HeapObjects < ms.Mallocs)
	sum := 0
	for _, n := range live {
		for p := n; p != nil; p = p.next {
			sum += len(p.data)
		}
	}
	fmt.Println("live data intact:", sum%1024 == 0 && sum > 0)
}

// Output:
// collected: true
// heap in use under 32 MB: true
// allocated over 180 MB: true
// objects freed: true
// live objects fewer than allocated: true
// live data intact: true
