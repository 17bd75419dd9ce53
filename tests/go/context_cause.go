package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var (
	errParent = errors.New("parent cause")
	errChild  = errors.New("child cause")
	errSlow   = errors.New("too slow")
	errEarly  = errors.New("finished early")
)

func report(name string, ctx context.Context) {
	fmt.Printf("%-28s err=%v | cause=%v\n", name, ctx.Err(), context.Cause(ctx))
}

// foreign is a Context of the program's own with its own cancellation.
type foreign struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func (f *foreign) Deadline() (time.Time, bool) { return time.Time{}, false }
func (f *foreign) Done() <-chan struct{}       { return f.done }
func (f *foreign) Err() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}
func (f *foreign) Value(key any) any { return nil }
func (f *foreign) cancel() {
	f.mu.Lock()
	f.err = context.Canceled
	f.mu.Unlock()
	close(f.done)
}

// ownDone wraps a context but replaces its Done channel.
type ownDone struct {
	context.Context
	done chan struct{}
}

func (o *ownDone) Done() <-chan struct{} { return o.done }

func main() {
	bg := context.Background()
	report("Background", bg)
	report("TODO", context.TODO())

	c, cancel := context.WithCancel(bg)
	report("WithCancel before", c)
	cancel()
	report("WithCancel after", c)

	cc, cancelCause := context.WithCancelCause(bg)
	report("WithCancelCause before", cc)
	cancelCause(errParent)
	report("WithCancelCause after", cc)
	fmt.Println("Err is Canceled:", cc.Err() == context.Canceled, "Cause is errParent:", context.Cause(cc) == errParent)
	cancelCause(errChild) // too late: the first cause stays
	report("canceled again", cc)

	cn, cancelNil := context.WithCancelCause(bg)
	cancelNil(nil)
	report("cancel(nil)", cn)

	// Parent first: the parent's cause reaches the child and stays.
	p1, cancelP1 := context.WithCancelCause(bg)
	k1, cancelK1 := context.WithCancelCause(p1)
	cancelP1(errParent)
	cancelK1(errChild)
	report("parent before child: parent", p1)
	report("parent before child: child", k1)

	// Child first: each keeps its own.
	p2, cancelP2 := context.WithCancelCause(bg)
	k2, cancelK2 := context.WithCancelCause(p2)
	cancelK2(errChild)
	cancelP2(errParent)
	report("child before parent: parent", p2)
	report("child before parent: child", k2)

	// A plain WithCancel child canceled by itself first.
	p3, cancelP3 := context.WithCancelCause(bg)
	k3, cancelK3 := context.WithCancel(p3)
	cancelK3()
	cancelP3(errParent)
	report("plain child first", k3)

	// Causes travel down through values, timeouts and plain cancels.
	root, cancelRoot := context.WithCancelCause(bg)
	v := context.WithValue(root, "k", 1)
	t, cancelT := context.WithTimeout(v, time.Hour)
	defer cancelT()
	g, cancelG := context.WithCancel(t)
	defer cancelG()
	cancelRoot(errParent)
	report("grandchild", g)
	report("value layer", v)

	// A context created under a canceled parent gets its cause at once.
	late, cancelLate := context.WithCancelCause(root)
	report("created late", late)
	cancelLate(errChild)
	report("created late, canceled", late)

	// Timeouts: without a cause, Cause is DeadlineExceeded.
	to, cancelTo := context.WithTimeout(bg, 10*time.Millisecond)
	<-to.Done()
	report("WithTimeout expired", to)
	cancelTo()

	tc, cancelTc := context.WithTimeoutCause(bg, 10*time.Millisecond, errSlow)
	report("WithTimeoutCause before", tc)
	<-tc.Done()
	report("WithTimeoutCause expired", tc)
	cancelTc()
	report("cancel after expiry", tc)

	te, cancelTe := context.WithTimeoutCause(bg, time.Hour, errSlow)
	cancelTe()
	report("WithTimeoutCause canceled", te)

	dc, cancelDc := context.WithDeadlineCause(bg, time.Now().Add(-time.Minute), errSlow)
	report("WithDeadlineCause past", dc)
	cancelDc()

	// A timeout under a cause-canceled parent: which came first wins.
	sp, cancelSp := context.WithCancelCause(bg)
	st, cancelSt := context.WithTimeoutCause(sp, 0, errSlow)
	cancelSp(errEarly)
	report("stacked, timeout first", st)
	cancelSt()
	sp2, cancelSp2 := context.WithCancelCause(bg)
	st2, cancelSt2 := context.WithTimeoutCause(sp2, time.Hour, errSlow)
	cancelSp2(errEarly)
	report("stacked, parent first", st2)
	cancelSt2()

	// Timeout child of a cause-canceled parent that expires on its own
	// later keeps the parent's cause.
	ep, cancelEp := context.WithCancelCause(bg)
	et, cancelEt := context.WithTimeoutCause(ep, 10*time.Millisecond, errSlow)
	cancelEp(errEarly)
	time.Sleep(30 * time.Millisecond)
	report("parent cause stays", et)
	cancelEt()

	// WithoutCancel hides everything.
	wp, cancelWp := context.WithCancelCause(bg)
	w := context.WithoutCancel(wp)
	cancelWp(errEarly)
	report("WithoutCancel", w)
	wc, cancelWc := context.WithCancelCause(w)
	report("child of WithoutCancel", wc)
	cancelWc(errChild)
	report("child of WithoutCancel, canceled", wc)

	// Foreign contexts: Cause falls back to Err.
	f := &foreign{done: make(chan struct{})}
	fc, cancelFc := context.WithCancelCause(f)
	report("foreign before", f)
	cancelFc(errChild)
	report("foreign child canceled", fc)
	report("foreign itself", f)
	f.cancel()
	report("foreign canceled", f)
	report("foreign child keeps", fc)

	f2 := &foreign{done: make(chan struct{})}
	fc2, cancelFc2 := context.WithCancel(f2)
	defer cancelFc2()
	f2.cancel()
	<-fc2.Done()
	report("child of canceled foreign", fc2)

	// A wrapper with its own Done over a cause-canceled context: the
	// child is watched, and takes the cause when the wrapper is done.
	base, cancelBase := context.WithCancelCause(bg)
	od := &ownDone{base, make(chan struct{})}
	oc, cancelOc := context.WithCancel(od)
	defer cancelOc()
	cancelBase(errParent)
	select {
	case <-oc.Done():
		fmt.Println("ownDone child: done too early")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("ownDone child: waits for the wrapper's Done")
	}
	close(od.done)
	<-oc.Done()
	report("ownDone child", oc)

	// Cause is safe to poll while another goroutine cancels.
	rc, cancelRc := context.WithCancelCause(bg)
	go cancelRc(errEarly)
	for context.Cause(rc) == nil {
		time.Sleep(time.Millisecond)
	}
	report("raced", rc)
}

// Output:
// Background                   err=<nil> | cause=<nil>
// TODO                         err=<nil> | cause=<nil>
// WithCancel before            err=<nil> | cause=<nil>
// WithCancel after             err=context canceled | cause=context canceled
// WithCancelCause before       err=<nil> | cause=<nil>
// WithCancelCause after        err=context canceled | cause=parent cause
// Err is Canceled: true Cause is errParent: true
// canceled again               err=context canceled | cause=parent cause
// cancel(nil)                  err=context canceled | cause=context canceled
// parent before child: parent  err=context canceled | cause=parent cause
// parent before child: child   err=context canceled | cause=parent cause
// child before parent: parent  err=context canceled | cause=parent cause
// child before parent: child   err=context canceled | cause=child cause
// plain child first            err=context canceled | cause=context canceled
// grandchild                   err=context canceled | cause=parent cause
// value layer                  err=context canceled | cause=parent cause
// created late                 err=context canceled | cause=parent cause
// created late, canceled       err=context canceled | cause=parent cause
// WithTimeout expired          err=context deadline exceeded | cause=context deadline exceeded
// WithTimeoutCause before      err=<nil> | cause=<nil>
// WithTimeoutCause expired     err=context deadline exceeded | cause=too slow
// cancel after expiry          err=context deadline exceeded | cause=too slow
// WithTimeoutCause canceled    err=context canceled | cause=context canceled
// WithDeadlineCause past       err=context deadline exceeded | cause=too slow
// stacked, timeout first       err=context deadline exceeded | cause=too slow
// stacked, parent first        err=context canceled | cause=finished early
// parent cause stays           err=context canceled | cause=finished early
// WithoutCancel                err=<nil> | cause=<nil>
// child of WithoutCancel       err=<nil> | cause=<nil>
// child of WithoutCancel, canceled err=context canceled | cause=child cause
// foreign before               err=<nil> | cause=<nil>
// foreign child canceled       err=context canceled | cause=child cause
// foreign itself               err=<nil> | cause=<nil>
// foreign canceled             err=context canceled | cause=context canceled
// foreign child keeps          err=context canceled | cause=child cause
// child of canceled foreign    err=context canceled | cause=context canceled
// ownDone child: waits for the wrapper's Done
// ownDone child                err=context canceled | cause=parent cause
// raced                        err=context canceled | cause=finished early
