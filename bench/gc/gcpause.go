// gcpause: stop-the-world pauses with a large live heap. Builds liveMB of
// small pointerful objects (a slice of pointers to 64-byte items, each
// linked to another item), then runs `workers` goroutines that allocate
// short-lived garbage for `seconds` seconds while the live set stays
// constant (each worker also relinks items it owns to others).
// run.py ("Measure: gcpauses") runs it with GODEBUG=gctrace=1 and reports
// the pause distribution from the trace lines on stderr; the line
// "gcpauses: start" on stderr marks the end of the build phase, and only
// the cycles after it (steady state: full live heap) are counted.
// Measure: gcpauses
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

const (
	liveMB  = 500 // live heap the issue asks for
	workers = 8   // allocating goroutines
	seconds = 10  // allocation phase
)

// item is 64 bytes on 64-bit targets: a pointer, then seven words of data.
type item struct {
	next *item
	data [7]int
}

type garbage struct {
	next *garbage
	a, b int
}

var live []*item

func build() {
	n := liveMB << 20 / (64 + 8) // an item plus its slot in live
	live = make([]*item, n)
	for i := range live {
		live[i] = &item{}
		live[i].data[0] = i
	}
	x := uint32(1)
	for i := range live {
		x = x*1664525 + 1013904223
		live[i].next = live[int(x%uint32(n))]
	}
}

func worker(w int, stop *bool, mu *sync.Mutex, out *int, wg *sync.WaitGroup) {
	defer wg.Done()
	n := 0
	slot := w
	for {
		// a short list of garbage, small and larger slices and a string
		var head *garbage
		for i := 0; i < 64; i++ {
			head = &garbage{head, i, n}
		}
		buf := make([]int, 16)
		buf[0] = head.a
		junk := make([]byte, 2048)
		junk[n%2048] = byte(n)
		buf[1] = int(junk[0])
		s := fmt.Sprint(n)
		n += 68
		// relink one live item this worker owns (slot ≡ w mod workers):
		// the heap's shape changes, its size does not
		it := &item{next: live[slot].next} // and one more garbage item
		it.data[0] = len(s) + buf[0]
		live[slot].next = live[(slot*7+n+it.data[0])%len(live)]
		slot += workers
		if slot >= len(live) {
			slot = w
		}
		if n%(68*256) == 0 {
			mu.Lock()
			done := *stop
			mu.Unlock()
			if done {
				break
			}
		}
	}
	mu.Lock()
	*out += n
	mu.Unlock()
}

func main() {
	t0 := time.Now()
	build()
	fmt.Printf("build: %d ms\n", time.Since(t0).Milliseconds())

	fmt.Fprintln(os.Stderr, "gcpauses: start")
	var mu sync.Mutex
	var wg sync.WaitGroup
	stop := false
	allocs := 0
	t1 := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(w, &stop, &mu, &allocs, &wg)
	}
	time.Sleep(seconds * time.Second)
	mu.Lock()
	stop = true
	mu.Unlock()
	wg.Wait()
	el := time.Since(t1)
	// wall time per object allocated by all the workers together
	fmt.Printf("alloc cost: %.1f ns/object\n", float64(el.Nanoseconds())/float64(allocs))
	sum := 0
	for _, it := range live {
		sum += it.next.data[0] & 1
	}
	if sum < 0 {
		fmt.Println(sum)
	}
}
