package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

func isDone(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return true
	default:
		return false
	}
}

func main() {
	bg := context.Background()

	// A deadline is reported exactly as given.
	d := time.Now().Add(time.Hour)
	c1, cancel1 := context.WithDeadline(bg, d)
	got, ok := c1.Deadline()
	fmt.Println("deadline as given:", ok, got.Equal(d))
	fmt.Println("not done yet:", isDone(c1), c1.Err())

	// A later deadline under c1 keeps c1's: min(parent, own). Go then
	// returns a plain cancelable context.
	c2, cancel2 := context.WithDeadline(c1, d.Add(time.Hour))
	got2, ok2 := c2.Deadline()
	fmt.Println("later child keeps parent's:", ok2, got2.Equal(d))
	fmt.Println("later child is WithCancel:", strings.HasSuffix(fmt.Sprint(c2), ").WithCancel"))

	// An earlier one under c1 has its own.
	e := d.Add(-30 * time.Minute)
	c3, cancel3 := context.WithDeadline(c1, e)
	got3, _ := c3.Deadline()
	fmt.Println("earlier child has own:", got3.Equal(e))

	// Values and plain cancelable children inherit the deadline.
	v := context.WithValue(c3, "k", "v")
	c4, cancel4 := context.WithCancel(v)
	got4, ok4 := c4.Deadline()
	fmt.Println("WithCancel child inherits:", ok4, got4.Equal(e))

	// Canceling before the deadline gives Canceled, also to children.
	cancel1()
	fmt.Println("c1:", isDone(c1), c1.Err())
	fmt.Println("c2:", isDone(c2), c2.Err())
	fmt.Println("c3:", isDone(c3), c3.Err())
	fmt.Println("c4:", isDone(c4), c4.Err())
	cancel2()
	cancel3()
	cancel4()

	// A timeout expires by itself: DeadlineExceeded, for the children too.
	start := time.Now()
	t1, cancelT1 := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancelT1()
	t1child, cancelChild := context.WithCancel(t1)
	defer cancelChild()
	t1grand, cancelGrand := context.WithTimeout(t1child, time.Hour)
	defer cancelGrand()
	fmt.Println("before:", isDone(t1), t1.Err(), t1child.Err(), t1grand.Err())
	<-t1grand.Done()
	elapsed := time.Since(start)
	fmt.Println("after:", t1.Err(), "|", t1child.Err(), "|", t1grand.Err())
	fmt.Println("waited at least the timeout:", elapsed >= 30*time.Millisecond)
	fmt.Println("is DeadlineExceeded:", t1.Err() == context.DeadlineExceeded,
		errors.Is(t1grand.Err(), context.DeadlineExceeded))
	cancelT1() // cancel after expiry changes nothing
	fmt.Println("still:", t1.Err())

	// DeadlineExceeded is a timeout error.
	var te interface {
		Timeout() bool
		Temporary() bool
	}
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout(), te.Temporary())
	_, isTimeout := context.Canceled.(interface{ Timeout() bool })
	fmt.Println("Canceled has Timeout:", isTimeout)
	fmt.Printf("%v | %q | %#v\n", context.DeadlineExceeded, context.DeadlineExceeded, context.DeadlineExceeded)

	// A deadline already passed: done at once.
	p, cancelP := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past:", isDone(p), p.Err())
	cancelP()
	fmt.Println("past after cancel:", p.Err())
	z, cancelZ := context.WithTimeout(bg, 0)
	fmt.Println("zero timeout:", isDone(z), z.Err())
	cancelZ()
	n, cancelN := context.WithTimeout(bg, -5*time.Second)
	fmt.Println("negative timeout:", isDone(n), n.Err())
	cancelN()

	// A child of an expired context is expired at once too.
	ch, cancelCh := context.WithTimeout(t1, time.Hour)
	fmt.Println("child of expired:", isDone(ch), ch.Err())
	cancelCh()

	// Stopping a timeout early: the timer never fires afterwards.
	s, cancelS := context.WithTimeout(bg, 20*time.Millisecond)
	cancelS()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("canceled early:", s.Err())

	// Parent timeout shorter than the child's: the child ends with the parent.
	outer, cancelOuter := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelOuter()
	inner, cancelInner := context.WithTimeout(outer, 10*time.Second)
	defer cancelInner()
	od, _ := outer.Deadline()
	id, _ := inner.Deadline()
	fmt.Println("inner deadline is outer's:", od.Equal(id))
	select {
	case <-inner.Done():
		fmt.Println("inner:", inner.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("inner: still running")
	}

	// Child timeout shorter than the parent's: only the child ends.
	outer2, cancelOuter2 := context.WithTimeout(bg, 10*time.Second)
	defer cancelOuter2()
	inner2, cancelInner2 := context.WithTimeout(outer2, 10*time.Millisecond)
	defer cancelInner2()
	<-inner2.Done()
	fmt.Println("inner2:", inner2.Err(), "outer2:", outer2.Err())
}

// Output:
// deadline as given: true true
// not done yet: false <nil>
// later child keeps parent's: true true
// later child is WithCancel: true
// earlier child has own: true
// WithCancel child inherits: true true
// c1: true context canceled
// c2: true context canceled
// c3: true context canceled
// c4: true context canceled
// before: false <nil> <nil> <nil>
// after: context deadline exceeded | context deadline exceeded | context deadline exceeded
// waited at least the timeout: true
// is DeadlineExceeded: true true
// still: context deadline exceeded
// true true true
// Canceled has Timeout: false
// context deadline exceeded | "context deadline exceeded" | context.deadlineExceededError{}
// past: true context deadline exceeded
// past after cancel: context deadline exceeded
// zero timeout: true context deadline exceeded
// negative timeout: true context deadline exceeded
// child of expired: true context deadline exceeded
// canceled early: context canceled
// inner deadline is outer's: true
// inner: context deadline exceeded
// inner2: context deadline exceeded outer2: <nil>
