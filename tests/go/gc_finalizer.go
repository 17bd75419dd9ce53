// Finalizers: with a pointer, an interface and an empty-interface
// parameter; removed with nil; kept alive by KeepAlive. Also MemStats,
// debug.SetGCPercent/SetMemoryLimit, sync.Pool's two-cycle victim cache
// and FreeOSMemory. (One P: Go's Pool keeps a P's private item for that
// P only, so with several Ps the victim could be on another.)
package main

import (
	"sort"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

type Res struct {
	name string
	buf  []byte
}

type Closer interface{ Close() }

func (r *Res) Close() {}

var done = make(chan string, 10)

func makeRes(name string) {
	r := &Res{name: name, buf: make([]byte, 100)}
	runtime.SetFinalizer(r, func(r *Res) { done <- "finalized " + r.name })
}

func makeRes2(name string) {
	r := &Res{name: name}
	runtime.SetFinalizer(r, func(c Closer) { done <- "closer " + c.(*Res).name })
	r2 := &Res{name: "any-" + name}
	runtime.SetFinalizer(r2, func(c any) { done <- "any " + c.(*Res).name })
}

func main() {
	makeRes("a")
	makeRes2("b")
	keep := &Res{name: "kept"}
	runtime.SetFinalizer(keep, func(r *Res) { done <- "WRONG kept finalized" })
	removed := &Res{name: "removed"}
	runtime.SetFinalizer(removed, func(r *Res) { done <- "WRONG removed" })
	runtime.SetFinalizer(removed, nil)
	runtime.GC()
	var got []string
	for len(got) < 3 {
		select {
		case s := <-done:
			got = append(got, s)
		case <-time.After(2 * time.Second):
			fmt.Println("timeout", got)
			return
		}
	}
	sort.Strings(got)
	fmt.Println(got)
	runtime.KeepAlive(keep)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC >= 1, ms.NumForcedGC, ms.HeapAlloc > 0, ms.Mallocs >= ms.Frees, ms.PauseNs[(ms.NumGC+255)%256] > 0, ms.EnableGC)
	old := debug.SetGCPercent(50)
	fmt.Println(old, debug.SetGCPercent(old))
	fmt.Println(debug.SetMemoryLimit(-1))
	var p sync.Pool
	p.Put("x")
	runtime.GC()
	fmt.Println(p.Get())
	p.Put("y")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get())
	debug.FreeOSMemory()
}

// Env: GOMAXPROCS=1
// Output:
// [any any-b closer b finalized a]
// true 1 true true true true
// 100 50
// 9223372036854775807
// x
// <nil>
