package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	bg := context.Background()

	// A tree of 341 contexts (4 children each, 5 levels) whose cancel
	// functions are all called at once from their own goroutines.
	root, cancelRoot := context.WithCancel(bg)
	cancels := []context.CancelFunc{cancelRoot}
	all := []context.Context{root}
	level := []context.Context{root}
	for depth := 0; depth < 4; depth++ {
		var next []context.Context
		for _, p := range level {
			for i := 0; i < 4; i++ {
				var c context.Context
				var cancel context.CancelFunc
				if i == 3 {
					c, cancel = context.WithTimeout(p, time.Hour)
				} else {
					c, cancel = context.WithCancel(context.WithValue(p, depth, i))
				}
				cancels = append(cancels, cancel)
				all = append(all, c)
				next = append(next, c)
			}
		}
		level = next
	}
	fmt.Println("contexts:", len(all))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for _, cancel := range cancels {
		wg.Add(1)
		go func(cancel context.CancelFunc) {
			defer wg.Done()
			<-start
			cancel()
		}(cancel)
	}
	// Readers poll Err, Done and Value meanwhile.
	var reads atomic.Int64
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			<-start
			for _, c := range all[r*10 : r*10+50] {
				_ = c.Err()
				_ = c.Value(2)
				select {
				case <-c.Done():
				default:
				}
				reads.Add(1)
			}
		}(r)
	}
	close(start)
	n := 0
	for _, c := range all {
		<-c.Done()
		if c.Err() == context.Canceled {
			n++
		}
	}
	wg.Wait()
	fmt.Println("canceled:", n, "reads:", reads.Load())

	// Interlocked: a goroutine cancels the child when it sees the parent
	// done, while the parent's cancellation is cancelling that child.
	for i := 0; i < 200; i++ {
		parent, cancelParent := context.WithCancel(bg)
		child, cancelChild := context.WithCancel(parent)
		go func() {
			<-parent.Done()
			cancelChild()
		}()
		cancelParent()
		<-child.Done()
	}
	fmt.Println("interlocked ok")

	// Children created while the parent is being canceled are always
	// canceled, either at creation or by the parent.
	for i := 0; i < 200; i++ {
		parent, cancelParent := context.WithCancel(bg)
		go cancelParent()
		c, cancel := context.WithCancel(parent)
		<-c.Done()
		cancel()
	}
	fmt.Println("racing creation ok")

	// Many goroutines waiting on one Done channel are all released.
	ctx, cancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancel()
	var woke atomic.Int32
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			<-ctx.Done()
			if ctx.Err() == context.DeadlineExceeded {
				woke.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("woke:", woke.Load())

	// Cancel functions called by many goroutines at once.
	c2, cancel2 := context.WithCancel(bg)
	var wg3 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			cancel2()
		}()
	}
	wg3.Wait()
	fmt.Println("multi-cancel:", c2.Err())
}

// Output:
// contexts: 341
// canceled: 341 reads: 200
// interlocked ok
// racing creation ok
// woke: 50
// multi-cancel: context canceled
