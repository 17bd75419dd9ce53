package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// afterCtx is a foreign Context with its own cancellation that can run
// functions when canceled; package context then uses its AfterFunc method
// instead of a goroutine.
type afterCtx struct {
	mu         sync.Mutex
	done       chan struct{}
	err        error
	funcs      map[int]func()
	next       int
	registered int
	stopped    int
}

func newAfterCtx() *afterCtx {
	return &afterCtx{done: make(chan struct{}), funcs: map[int]func(){}}
}

func (a *afterCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (a *afterCtx) Done() <-chan struct{}       { return a.done }
func (a *afterCtx) Value(key any) any           { return nil }
func (a *afterCtx) Err() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err
}

func (a *afterCtx) AfterFunc(f func()) func() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.registered++
	id := a.next
	a.next++
	a.funcs[id] = f
	return func() bool {
		a.mu.Lock()
		defer a.mu.Unlock()
		a.stopped++
		_, ok := a.funcs[id]
		delete(a.funcs, id)
		return ok
	}
}

func (a *afterCtx) cancel() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.err = context.Canceled
	close(a.done)
	for id, f := range a.funcs {
		delete(a.funcs, id)
		go f()
	}
}

// embedsOurs wraps one of package context's contexts and has an AfterFunc
// method, but its Done is the wrapped one's: it is treated as ours.
type embedsOurs struct {
	context.Context
	calls int
}

func (e *embedsOurs) AfterFunc(f func()) func() bool {
	e.calls++
	return context.AfterFunc(e.Context, f)
}

func main() {
	bg := context.Background()

	// f runs once, in its own goroutine, after cancellation.
	ctx, cancel := context.WithCancel(bg)
	ran := make(chan string, 10)
	var calls atomic.Int32
	stop := context.AfterFunc(ctx, func() {
		calls.Add(1)
		ran <- "f ran, ctx err: " + ctx.Err().Error()
	})
	select {
	case s := <-ran:
		fmt.Println("too early:", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("not run before cancel")
	}
	cancel()
	fmt.Println(<-ran)
	cancel()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("calls:", calls.Load())
	fmt.Println("stop after run:", stop())
	fmt.Println("stop again:", stop())

	// Stopped before cancellation: f never runs.
	ctx2, cancel2 := context.WithCancel(bg)
	stop2 := context.AfterFunc(ctx2, func() { ran <- "f2 ran" })
	fmt.Println("stop before cancel:", stop2())
	fmt.Println("stop twice:", stop2())
	cancel2()
	select {
	case s := <-ran:
		fmt.Println("unexpected:", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("f2 never ran")
	}

	// Already canceled: f starts at once.
	stop3 := context.AfterFunc(ctx2, func() { ran <- "f3 ran at once" })
	fmt.Println(<-ran)
	fmt.Println("stop3:", stop3())

	// Several functions on one context are independent.
	ctx4, cancel4 := context.WithCancel(bg)
	var mu sync.Mutex
	var got []int
	var wg sync.WaitGroup
	stops := make([]func() bool, 5)
	for i := range stops {
		i := i
		wg.Add(1)
		stops[i] = context.AfterFunc(ctx4, func() {
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
			wg.Done()
		})
	}
	fmt.Println("stop 1:", stops[1](), "stop 3:", stops[3]())
	wg.Add(-2)
	cancel4()
	wg.Wait()
	sort.Ints(got)
	fmt.Println("ran:", got)
	for i, s := range stops {
		fmt.Print(" stop", i, "=", s())
	}
	fmt.Println()

	// After a timeout.
	ctx5, cancel5 := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancel5()
	context.AfterFunc(ctx5, func() { ran <- "f5 after timeout: " + ctx5.Err().Error() })
	fmt.Println(<-ran)

	// Canceling does not wait for f.
	ctx6, cancel6 := context.WithCancel(bg)
	block := make(chan struct{})
	context.AfterFunc(ctx6, func() {
		block <- struct{}{} // waits until main receives
		ran <- "f6 finished"
	})
	cancel6()
	fmt.Println("cancel6 returned")
	<-block
	fmt.Println(<-ran)

	// On a value context above a cancelable one.
	ctx7, cancel7 := context.WithCancel(bg)
	v7 := context.WithValue(ctx7, "k", "v")
	context.AfterFunc(v7, func() { ran <- "f7 via value ctx" })
	cancel7()
	fmt.Println(<-ran)

	// On a context that is never canceled: stop still works.
	stop8 := context.AfterFunc(bg, func() { ran <- "f8" })
	fmt.Println("stop on background:", stop8(), stop8())

	// On a foreign context without AfterFunc: watched by a goroutine.
	done9 := make(chan struct{})
	fctx := &plainForeign{done: done9}
	stop9 := context.AfterFunc(fctx, func() { ran <- "f9 after foreign done" })
	close(done9)
	fmt.Println(<-ran)
	fmt.Println("stop9:", stop9())

	// A foreign context with an AfterFunc method does the scheduling.
	a := newAfterCtx()
	stop10 := context.AfterFunc(a, func() { ran <- "f10 via afterCtx" })
	child, cancelChild := context.WithCancel(a)
	fmt.Println("registered:", a.registered, "stopped:", a.stopped)
	fmt.Println("child:", child)
	cancelChild() // removing the child calls the stop it got
	fmt.Println("stopped after child cancel:", a.stopped)
	a.cancel()
	fmt.Println(<-ran)
	fmt.Println("stop10:", stop10(), "child:", child.Err())
	child2, cancelChild2 := context.WithCancel(a)
	defer cancelChild2()
	fmt.Println("child of canceled afterCtx:", child2.Err(), a.registered)

	// With the Done of one of ours, the AfterFunc method is not used.
	base, cancelBase := context.WithCancel(bg)
	e := &embedsOurs{Context: base}
	context.AfterFunc(e, func() { ran <- "f11 via embedsOurs" })
	g, cancelG := context.WithCancel(e)
	defer cancelG()
	cancelBase()
	fmt.Println(<-ran)
	fmt.Println("AfterFunc method calls:", e.calls, g.Err())
}

type plainForeign struct{ done chan struct{} }

func (p *plainForeign) Deadline() (time.Time, bool) { return time.Time{}, false }
func (p *plainForeign) Done() <-chan struct{}       { return p.done }
func (p *plainForeign) Err() error {
	select {
	case <-p.done:
		return context.Canceled
	default:
		return nil
	}
}
func (p *plainForeign) Value(key any) any { return nil }

// Output:
// not run before cancel
// f ran, ctx err: context canceled
// calls: 1
// stop after run: false
// stop again: false
// stop before cancel: true
// stop twice: false
// f2 never ran
// f3 ran at once
// stop3: false
// stop 1: true stop 3: true
// ran: [0 2 4]
//  stop0=false stop1=false stop2=false stop3=false stop4=false
// f5 after timeout: context deadline exceeded
// cancel6 returned
// f6 finished
// f7 via value ctx
// stop on background: true false
// f9 after foreign done
// stop9: false
// registered: 2 stopped: 0
// child: context.stopCtx.WithCancel
// stopped after child cancel: 1
// f10 via afterCtx
// stop10: false child: context canceled
// child of canceled afterCtx: context canceled 2
// f11 via embedsOurs
// AfterFunc method calls: 0 context canceled
