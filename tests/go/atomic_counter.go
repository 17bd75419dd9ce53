package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// 1000 goroutines update counters with the atomic functions and typed
// atomics, and with a CompareAndSwap loop; every result must be exact.

func main() {
	var (
		i32 int32
		i64 int64
		u32 uint32
		u64 uint64
		up  uintptr
		cas int64
		ti  atomic.Int64
		tu  atomic.Uint32
		max atomic.Int32
		wg  sync.WaitGroup
	)
	for g := 0; g < 1000; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				atomic.AddInt32(&i32, 1)
				atomic.AddInt64(&i64, 2)
				atomic.AddUint32(&u32, 3)
				atomic.AddUint64(&u64, ^uint64(0)) // decrement
				atomic.AddUintptr(&up, 1)
				for {
					old := atomic.LoadInt64(&cas)
					if atomic.CompareAndSwapInt64(&cas, old, old+5) {
						break
					}
				}
				ti.Add(-1)
				tu.Add(7)
			}
			// maximum through CompareAndSwap
			v := int32(g*7919) % 1000
			for {
				cur := max.Load()
				if v <= cur || max.CompareAndSwap(cur, v) {
					break
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32))
	zero := uint64(0)
	fmt.Println(atomic.LoadUint64(&u64), zero-20000, atomic.LoadUintptr(&up))
	fmt.Println(atomic.LoadInt64(&cas), ti.Load(), tu.Load(), max.Load())

	// Swap hands out each value exactly once.
	var slot int64
	seen := make([]int32, 1001)
	for g := 1; g <= 1000; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			old := atomic.SwapInt64(&slot, int64(g))
			atomic.AddInt32(&seen[old], 1)
		}(g)
	}
	wg.Wait()
	last := atomic.LoadInt64(&slot)
	seen[last]++
	dups := 0
	for _, c := range seen {
		if c != 1 {
			dups++
		}
	}
	fmt.Println("each value seen once:", dups == 0)
}

// Output:
// 20000 40000 60000
// 18446744073709531616 18446744073709531616 20000
// 100000 -20000 140000 999
// each value seen once: true
