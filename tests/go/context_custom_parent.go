package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// myCtx is a Context implemented by the program, unknown to package
// context: its children must be watched.
type myCtx struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func newMyCtx() *myCtx { return &myCtx{done: make(chan struct{})} }

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
func (c *myCtx) Value(key any) any {
	if key == "who" {
		return "myCtx"
	}
	return nil
}
func (c *myCtx) stop(err error) {
	c.mu.Lock()
	c.err = err
	c.mu.Unlock()
	close(c.done)
}

// embedded wraps a context of package context without changing Done.
type embedded struct{ context.Context }

func wait(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return "done: " + ctx.Err().Error()
	case <-time.After(5 * time.Second):
		return "not done"
	}
}

func main() {
	bg := context.Background()

	// Children of a foreign context follow it with its error.
	m := newMyCtx()
	c1, cancel1 := context.WithCancel(m)
	defer cancel1()
	c2, cancel2 := context.WithTimeout(m, time.Hour)
	defer cancel2()
	c3, cancel3 := context.WithCancel(c1)
	defer cancel3()
	fmt.Println("value through:", c3.Value("who"), c1.Err(), c2.Err())
	m.stop(context.DeadlineExceeded)
	fmt.Println("c1", wait(c1))
	fmt.Println("c2", wait(c2))
	fmt.Println("c3", wait(c3))

	// A child of a foreign context already done is done at once.
	c4, cancel4 := context.WithCancel(m)
	fmt.Println("c4 at once:", c4.Err())
	cancel4()

	// Canceling the child leaves the foreign parent alone.
	m2 := newMyCtx()
	d1, cancelD1 := context.WithCancel(m2)
	cancelD1()
	fmt.Println("d1", wait(d1), "| m2 err:", m2.Err())
	m2.stop(context.Canceled)
	fmt.Println("d1 keeps:", d1.Err())

	// A foreign context's deadline bounds its children's.
	dl := &deadlined{Context: bg, when: time.Now().Add(time.Minute)}
	e1, cancelE1 := context.WithTimeout(dl, time.Hour)
	defer cancelE1()
	got, _ := e1.Deadline()
	fmt.Println("foreign deadline kept:", got.Equal(dl.when))

	// Wrapping one of ours without touching Done: cancellation still
	// reaches the grandchildren at once.
	p, cancelP := context.WithCancel(bg)
	w := embedded{p}
	g, cancelG := context.WithCancel(w)
	defer cancelG()
	cancelP()
	select {
	case <-g.Done():
		fmt.Println("through wrapper at once:", g.Err())
	default:
		fmt.Println("through wrapper: not yet")
	}

	// Timeout of one of ours seen through a wrapper.
	tp, cancelTP := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelTP()
	tg, cancelTG := context.WithCancel(embedded{tp})
	defer cancelTG()
	fmt.Println("tg", wait(tg))
}

// deadlined is a foreign context that only adds a deadline.
type deadlined struct {
	context.Context
	when time.Time
}

func (d *deadlined) Deadline() (time.Time, bool) { return d.when, true }

// Output:
// value through: myCtx <nil> <nil>
// c1 done: context deadline exceeded
// c2 done: context deadline exceeded
// c3 done: context deadline exceeded
// c4 at once: context deadline exceeded
// d1 done: context canceled | m2 err: <nil>
// d1 keeps: context canceled
// foreign deadline kept: true
// through wrapper at once: context canceled
// tg done: context deadline exceeded
