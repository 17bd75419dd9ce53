package main

import (
	"fmt"
	"sync"
)

// sync.Map's Swap, CompareAndSwap and CompareAndDelete (Go 1.20): results
// on absent, present and deleted keys, nil values, a counter incremented
// with a CompareAndSwap loop by many goroutines, and the panic for
// comparing uncomparable values.

func main() {
	var m sync.Map
	prev, loaded := m.Swap("a", 1)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("a", 2)
	fmt.Println(prev, loaded)

	fmt.Println(m.CompareAndSwap("a", 1, 10)) // mismatch
	fmt.Println(m.CompareAndSwap("a", 2, 20))
	v, _ := m.Load("a")
	fmt.Println(v)
	fmt.Println(m.CompareAndSwap("missing", nil, 1)) // no value: false
	_, ok := m.Load("missing")
	fmt.Println(ok)
	fmt.Println(m.CompareAndSwap("a", int64(20), 30)) // different type
	fmt.Println(m.CompareAndSwap("a", 20, "thirty"))  // new may have another type
	v, _ = m.Load("a")
	fmt.Println(v)

	m.Store("n", nil)
	fmt.Println(m.CompareAndSwap("n", nil, "x"))
	v, _ = m.Load("n")
	fmt.Println(v)

	fmt.Println(m.CompareAndDelete("a", "30"))
	fmt.Println(m.CompareAndDelete("a", "thirty"))
	fmt.Println(m.CompareAndDelete("a", "thirty"))
	fmt.Println(m.CompareAndDelete("missing", nil))
	_, ok = m.Load("a")
	fmt.Println(ok)
	prev, loaded = m.Swap("a", 5) // after delete: like absent
	fmt.Println(prev, loaded)

	// CompareAndSwap loop from many goroutines
	m.Store("counter", 0)
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				for {
					cur, _ := m.Load("counter")
					if m.CompareAndSwap("counter", cur, cur.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	v, _ = m.Load("counter")
	fmt.Println("counter:", v)

	// Swap hands out each previous value exactly once
	m.Store("slot", -1)
	got := make([]int, 101)
	var mu sync.Mutex
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			p, _ := m.Swap("slot", g)
			mu.Lock()
			got[p.(int)+1]++
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	last, _ := m.Load("slot")
	got[last.(int)+1]++
	bad := 0
	for _, c := range got {
		if c != 1 {
			bad++
		}
	}
	fmt.Println("swapped once each:", bad == 0)

	m.Store("s", []int{1})
	fmt.Println(m.CompareAndSwap("s", 1, 2)) // different dynamic types: no panic
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.CompareAndSwap("s", []int{1}, 2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.CompareAndDelete("s", []int{1})
	}()
	m.Store("after", true)
	v, _ = m.Load("after")
	fmt.Println(v)
}

// Output:
// <nil> false
// 1 true
// false
// true
// 20
// false
// false
// false
// true
// thirty
// true
// x
// false
// true
// false
// false
// false
// <nil> false
// counter: 2000
// swapped once each: true
// false
// recovered: runtime error: comparing uncomparable type []int
// recovered: runtime error: comparing uncomparable type []int
// true
