package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type traceKey struct{}

func main() {
	bg := context.Background()
	parent, cancel := context.WithTimeout(context.WithValue(bg, traceKey{}, "trace-42"), time.Hour)
	w := context.WithoutCancel(parent)

	d, ok := w.Deadline()
	fmt.Println("deadline:", d.IsZero(), ok)
	fmt.Println("done nil:", w.Done() == nil, "err:", w.Err())
	fmt.Println("value kept:", w.Value(traceKey{}))
	s := fmt.Sprint(w)
	fmt.Println("string:", strings.HasPrefix(s, "context.Background.WithValue(main.traceKey, trace-42).WithDeadline("),
		strings.HasSuffix(s, "]).WithoutCancel"))
	fmt.Printf("type: %T\n", w)

	cancel()
	fmt.Println("parent:", parent.Err())
	fmt.Println("after parent cancel:", w.Err(), w.Done() == nil, context.Cause(w), w.Value(traceKey{}))

	// Cleanup work started after the request ended still has a live
	// context, with its own timeout.
	cleanup, stop := context.WithTimeout(w, 20*time.Millisecond)
	defer stop()
	fmt.Println("cleanup starts alive:", cleanup.Err(), cleanup.Value(traceKey{}))
	cd, cok := cleanup.Deadline()
	pd, _ := parent.Deadline()
	fmt.Println("cleanup deadline is its own:", cok, cd.Before(pd))
	<-cleanup.Done()
	fmt.Println("cleanup:", cleanup.Err(), "| w:", w.Err())

	// Values added below and above.
	w2 := context.WithValue(context.WithoutCancel(context.WithValue(bg, "a", 1)), "b", 2)
	fmt.Println(w2.Value("a"), w2.Value("b"), w2.Value("c"))

	// Equal when made from the same parent (a comparable struct value).
	fmt.Println("equal:", context.WithoutCancel(bg) == context.WithoutCancel(bg))

	// Nested, and over a canceled parent from the start.
	done, cancelDone := context.WithCancel(bg)
	cancelDone()
	n := context.WithoutCancel(context.WithoutCancel(done))
	fmt.Println("nested:", n.Err(), n)
	k, cancelK := context.WithCancel(n)
	fmt.Println("child of nested:", k.Err())
	cancelK()
	fmt.Println("child canceled:", k.Err(), "| n:", n.Err(), "| done:", done.Err())
}

// Output:
// deadline: true false
// done nil: true err: <nil>
// value kept: trace-42
// string: true true
// type: context.withoutCancelCtx
// parent: context canceled
// after parent cancel: <nil> true <nil> trace-42
// cleanup starts alive: <nil> trace-42
// cleanup deadline is its own: true true
// cleanup: context deadline exceeded | w: <nil>
// 1 2 <nil>
// equal: true
// nested: <nil> context.Background.WithCancel.WithoutCancel.WithoutCancel
// child of nested: <nil>
// child canceled: context canceled | n: <nil> | done: context canceled
