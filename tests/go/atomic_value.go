package main

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

// atomic.Value: Load before Store, Store/Load/Swap/CompareAndSwap, the
// panics for nil and inconsistently typed values, copy-on-write config
// updates read concurrently, and fmt's view of a Value.

type Config struct {
	Name    string
	Version int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load(), v.Load() == nil)
	fmt.Println(v)
	v.Store(Config{"a", 1})
	fmt.Println(v.Load(), v)
	old := v.Swap(Config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(Config{"a", 1}, Config{"c", 3}))
	fmt.Println(v.CompareAndSwap(Config{"b", 2}, Config{"c", 3}))
	fmt.Println(v.Load().(Config).Name)

	try("Store(nil)", func() { v.Store(nil) })
	try("Store(string)", func() { v.Store("x") })
	try("Store(*Config)", func() { v.Store(&Config{}) })
	try("Swap(nil)", func() { v.Swap(nil) })
	try("Swap(int)", func() { v.Swap(1) })
	try("CompareAndSwap(_, nil)", func() { v.CompareAndSwap(Config{}, nil) })
	try("CompareAndSwap(int, Config)", func() { v.CompareAndSwap(1, Config{}) })
	try("CompareAndSwap(nil, int)", func() { v.CompareAndSwap(nil, 1) })
	try("CompareAndSwap(nil, Config)", func() { fmt.Println(v.CompareAndSwap(nil, Config{})) })
	try("Store(Config)", func() { v.Store(Config{"d", 4}) })
	fmt.Println(v.Load())

	// first operations on empty Values
	var s atomic.Value
	fmt.Println(s.Swap("first"), s.Load())
	var c atomic.Value
	fmt.Println(c.CompareAndSwap("x", "y"), c.Load())
	fmt.Println(c.CompareAndSwap(nil, "y"), c.Load())
	fmt.Println(c.CompareAndSwap(nil, "z"), c.Load())

	// uncomparable values can be stored and swapped, not compared
	var sl atomic.Value
	sl.Store([]int{1, 2})
	fmt.Println(sl.Swap([]int{3}), sl.Load())
	try("CompareAndSwap([]int)", func() { sl.CompareAndSwap([]int{3}, []int{4}) })

	// pointers and interfaces holding different concrete types
	var e atomic.Value
	var err1 error = fmt.Errorf("one")
	e.Store(err1)
	fmt.Println(e.Load())
	try("Store(other error type)", func() { e.Store(fmt.Errorf("w: %w", err1)) })
	fmt.Println(e.CompareAndSwap(err1, fmt.Errorf("two")), e.Load())

	// one writer publishes new versions, many readers see consistent ones
	var cfg atomic.Value
	cfg.Store(&Config{"v", 0})
	var wg sync.WaitGroup
	var bad atomic.Int32
	stop := make(chan struct{})
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				c := cfg.Load().(*Config)
				if c.Version < last || c.Name != "v"+strconv.Itoa(c.Version) && c.Version != 0 {
					bad.Add(1)
				}
				last = c.Version
			}
		}()
	}
	for i := 1; i <= 200; i++ {
		cfg.Store(&Config{"v" + strconv.Itoa(i), i})
	}
	close(stop)
	wg.Wait()
	fmt.Println("final:", *cfg.Load().(*Config), "bad reads:", bad.Load())

	// concurrent first stores: exactly one CompareAndSwap(nil, x) wins
	var first atomic.Value
	var wins atomic.Int32
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			if first.CompareAndSwap(nil, g) {
				wins.Add(1)
			}
		}(g)
	}
	wg.Wait()
	_, isInt := first.Load().(int)
	fmt.Println("wins:", wins.Load(), isInt)
}

// Output:
// <nil> true
// {<nil>}
// {a 1} {{a 1}}
// {a 1} {b 2}
// false
// true
// c
// Store(nil): panic: sync/atomic: store of nil value into Value
// Store(string): panic: sync/atomic: store of inconsistently typed value into Value
// Store(*Config): panic: sync/atomic: store of inconsistently typed value into Value
// Swap(nil): panic: sync/atomic: swap of nil value into Value
// Swap(int): panic: sync/atomic: swap of inconsistently typed value into Value
// CompareAndSwap(_, nil): panic: sync/atomic: compare and swap of nil value into Value
// CompareAndSwap(int, Config): panic: sync/atomic: compare and swap of inconsistently typed values
// CompareAndSwap(nil, int): panic: sync/atomic: compare and swap of inconsistently typed value into Value
// false
// CompareAndSwap(nil, Config): ok
// Store(Config): ok
// {d 4}
// <nil> first
// false <nil>
// true y
// false y
// [1 2] [3]
// CompareAndSwap([]int): panic: runtime error: comparing uncomparable type []int
// one
// Store(other error type): panic: sync/atomic: store of inconsistently typed value into Value
// true two
// final: {v200 200} bad reads: 0
// wins: 1 true
