// Of two finalizable objects where one refers to the other, the referring
// one is finalized first; the other only in a later cycle. Finalizers run
// one at a time on their own goroutine.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type obj struct {
	name string
	ref  *obj
}

var order = make(chan string, 4)

func setup() {
	inner := &obj{name: "inner"}
	outer := &obj{name: "outer", ref: inner}
	runtime.SetFinalizer(inner, func(o *obj) { order <- o.name })
	runtime.SetFinalizer(outer, func(o *obj) { order <- o.name })
}

func next() string {
	select {
	case s := <-order:
		return s
	case <-time.After(2 * time.Second):
		return "timeout"
	}
}

func main() {
	setup()
	runtime.GC()
	fmt.Println(next())
	runtime.GC()
	fmt.Println(next())
}

// Output:
// outer
// inner
