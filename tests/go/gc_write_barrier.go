// The collector marks while goroutines run; the write barrier must keep
// every object a goroutine still uses, whichever way a pointer moves
// between its stack and the heap: plain field and array stores, map
// assignment and deletion, channel hand-offs, append and copy, closures
// capturing it, interface boxing and atomic pointer stores. In the CI's
// collector pass (GODEBUG=gcstress=11,gccheckmark=1) a cycle runs all the
// time and check-marking aborts on any object the concurrent marking
// missed; elsewhere the program checks the values it reads back.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type N struct {
	v    int
	next *N
	pad  [3]int
}

type Holder struct {
	slots [32]*N
}

func fieldStores(rounds int) int {
	h := &Holder{}
	for i := range h.slots {
		h.slots[i] = &N{v: i}
	}
	sum := 0
	for r := 0; r < rounds; r++ {
		i := r % len(h.slots)
		x := h.slots[i] // the only reference moves to the stack
		h.slots[i] = nil
		_ = make([]int, 4) // an allocation: a cycle may start or advance
		j := (i + 7) % len(h.slots)
		h.slots[i], h.slots[j] = h.slots[j], x
		if h.slots[i] == nil {
			h.slots[i] = &N{v: r}
		}
		sum += x.v
	}
	return sum
}

func mapMoves(rounds int) int {
	const n = 20000 // large: the collector is still scanning it when it changes
	m := map[int]*N{}
	for i := 0; i < n; i++ {
		m[i] = &N{v: i % 100}
	}
	sum := 0
	for r := 0; r < rounds; r++ {
		k := r * 7919 % n
		x := m[k]
		delete(m, k) // the only reference left is on the stack
		for i := 0; i < 8; i++ {
			_ = make([]byte, 40)
		}
		sum += x.v
		m[k] = x
	}
	return sum
}

func channels(rounds int) int {
	const n = 20000
	src := make([]*N, n)
	for i := range src {
		src[i] = &N{v: i % 100, next: &N{v: 1}}
	}
	dst := make([]*N, n)
	c := make(chan *N)    // hand-offs from stack to stack
	b := make(chan *N, 8) // through the buffer
	done := make(chan int)
	go func() {
		s := 0
		for x := range c {
			for i := 0; i < 4; i++ {
				_ = make([]int, 3)
			}
			b <- x
			s += x.v
		}
		close(b)
		done <- s
	}()
	sum := 0
	go func() {
		i := 0
		for x := range b {
			_ = make([]int, 3)
			sum += x.next.v
			dst[i%n] = x
			i++
		}
		done <- 0
	}()
	for r := 0; r < rounds; r++ {
		x := src[r%n]
		src[r%n] = nil
		c <- x
	}
	close(c)
	s := <-done // the two goroutines' results, in either order
	s += <-done
	return s + sum
}

func slices(rounds int) int {
	var s []*N
	var keep [8]*N
	sum := 0
	for r := 0; r < rounds; r++ {
		x := &N{v: r % 100}
		s = append(s, x) // growth copies into a new array
		if len(s) == 16 {
			copy(keep[:], s[8:])
			for i := range s {
				s[i] = nil
			}
			s = s[:0]
			_ = make([]int, 5)
			for _, k := range keep {
				sum += k.v
			}
		}
	}
	return sum
}

func closuresAndInterfaces(rounds int) int {
	var fs []func() int
	var boxes []any
	sum := 0
	for r := 0; r < rounds; r++ {
		x := &N{v: r % 10}
		y := x // captured: the closure holds it
		fs = append(fs, func() int { return y.v })
		boxes = append(boxes, *x) // a copy boxed in the heap
		x = nil
		if len(fs) == 32 {
			_ = make([]int, 7)
			for i, f := range fs {
				sum += f() + boxes[i].(N).v
			}
			fs, boxes = fs[:0], boxes[:0]
		}
	}
	return sum
}

func atomics(rounds int) int {
	var p atomic.Pointer[N]
	p.Store(&N{v: 1})
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s := 0
			for r := 0; r < rounds; r++ {
				old := p.Swap(&N{v: w})
				_ = make([]int, 2)
				s += old.v
			}
			mu.Lock()
			sum += s
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	return sum + p.Load().v - p.Load().v
}

func main() {
	fmt.Println("fields:", fieldStores(20000))
	fmt.Println("maps:", mapMoves(20000))
	fmt.Println("channels:", channels(5000))
	fmt.Println("slices:", slices(20000))
	fmt.Println("closures:", closuresAndInterfaces(20000))
	fmt.Println("atomics ok:", atomics(5000) >= 0)
}

// Output:
// fields: 59997
// maps: 990000
// channels: 252500
// slices: 495000
// closures: 180000
// atomics ok: true
