package context

import (
	"sync"
	"sync/atomic"
	"time"
)

// Cancellation design. Every cancelable context of this package is built
// on a cancelCtx: a mutex, a Done channel made on first request, the error
// and cause set by the first cancellation, and the set of children to
// cancel with it. A child is attached to its parent in one of three ways
// (attach):
//   - the parent is, or wraps without changing Done, a cancelCtx of ours:
//     the child joins that cancelCtx's children set;
//   - the parent is someone else's Context with an AfterFunc method: the
//     child registers itself through that method;
//   - otherwise a goroutine waits for the parent's or the child's Done.
// Cancellation takes the context's lock, records err and cause, closes
// Done, and cancels the children while still holding it (locks are always
// taken parent first). A context canceled through its own cancel function
// then leaves its parent's children set.

// A CancelFunc asks the work running under a context to stop. It does not
// wait for the work to finish. Calling it again, from any goroutine, does
// nothing.
type CancelFunc func()

// A CancelCauseFunc is a CancelFunc that also records why: Cause then
// reports the error given (Canceled if it is nil) for the context and for
// those derived from it. It records nothing for a context already
// canceled, so the first cancellation's cause is the one that stays.
type CancelCauseFunc func(cause error)

// canceler is what a cancelCtx keeps in its children set: the contexts of
// this package that can be canceled directly.
type canceler interface {
	cancel(detach bool, err, cause error)
	Done() <-chan struct{}
}

// closedchan stands in for the Done channel of a context canceled before
// anyone asked for its channel.
var closedchan = func() chan struct{} {
	ch := make(chan struct{})
	close(ch)
	return ch
}()

type cancelCtx struct {
	Context // the parent (wrapped in a stopCtx when attached by AfterFunc)

	mu       sync.Mutex            // guards the fields below and the making of done
	done     atomic.Value          // the chan struct{} of Done, once made
	children map[canceler]struct{} // attached children, nil after cancellation
	err      error                 // non-nil once canceled
	cause    error                 // why, non-nil once canceled
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return lookup(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	if ch, ok := c.done.Load().(chan struct{}); ok {
		return ch
	}
	c.mu.Lock()
	ch, ok := c.done.Load().(chan struct{})
	if !ok {
		ch = make(chan struct{})
		c.done.Store(ch)
	}
	c.mu.Unlock()
	return ch
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel cancels c and its children with err (what Err reports) and
// cause (nil means err). With detach, c is also removed from its parent.
// Only the first call has any effect.
func (c *cancelCtx) cancel(detach bool, err, cause error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	c.cause = cause
	if ch, ok := c.done.Load().(chan struct{}); ok {
		close(ch)
	} else {
		c.done.Store(closedchan)
	}
	kids := c.children
	c.children = nil
	for kid := range kids {
		kid.cancel(false, err, cause)
	}
	c.mu.Unlock()
	if detach {
		removeChild(c.Context, c)
	}
}

// attach makes parent the parent of c and arranges for child (c itself or
// the context embedding it) to be canceled when parent is.
func (c *cancelCtx) attach(parent Context, child canceler) {
	c.Context = parent
	pdone := parent.Done()
	if pdone == nil {
		return // parent can never be canceled
	}
	select {
	case <-pdone:
		child.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			err, cause := p.err, p.cause
			p.mu.Unlock()
			child.cancel(false, err, cause)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	if af, ok := parent.(afterFuncer); ok {
		c.mu.Lock()
		stop := af.AfterFunc(func() {
			child.cancel(false, parent.Err(), Cause(parent))
		})
		c.Context = stopCtx{Context: parent, stop: stop}
		c.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-pdone:
			child.cancel(false, parent.Err(), Cause(parent))
		case <-child.Done():
		}
	}()
}

// parentCancelCtx finds the cancelCtx of ours behind parent, provided that
// parent's Done is that cancelCtx's channel: a wrapper with a Done of its
// own must be watched instead.
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	pdone := parent.Done()
	if pdone == nil || pdone == closedchan {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	ch, _ := p.done.Load().(chan struct{})
	if ch != pdone {
		return nil, false
	}
	return p, true
}

// removeChild undoes attach for a child canceled on its own.
func removeChild(parent Context, child canceler) {
	if s, ok := parent.(stopCtx); ok {
		s.stop()
		return
	}
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

// afterFuncer is a foreign Context that can run a function when it is
// canceled, the way AfterFunc does; attach uses it rather than a goroutine.
type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// stopCtx is the parent of a cancelCtx attached through an afterFuncer; it
// keeps the function that undoes the registration.
type stopCtx struct {
	Context
	stop func() bool
}

func withCancel(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{}
	c.attach(parent, c)
	return c
}

// WithCancel derives from parent a context with a Done channel of its own,
// closed when the returned cancel is called or when parent's Done closes,
// whichever comes first. Call cancel as soon as the work is over: it frees
// what parent holds for the child.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := withCancel(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel with a cancel function that takes the
// cause of the cancellation: Err reports Canceled, and Cause the error
// given (or Canceled for nil).
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := withCancel(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// Cause tells why c was canceled: the error given to the CancelCauseFunc
// or the cause given to WithDeadlineCause/WithTimeoutCause by the first
// cancellation of c or of a context it derives from. Without such an
// error it is c.Err(), hence nil while c is not canceled.
func Cause(c Context) error {
	if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		cc.mu.Lock()
		cause := cc.cause
		cc.mu.Unlock()
		if cause != nil {
			return cause
		}
	}
	return c.Err()
}

// timerCtx is a cancelCtx with a deadline, and a timer canceling it then.
type timerCtx struct {
	cancelCtx
	timer *time.Timer // guarded by cancelCtx.mu

	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" +
		c.deadline.String() + " [" + time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(detach bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if detach {
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if t := c.timer; t != nil {
		c.timer = nil
		t.Stop()
	}
	c.mu.Unlock()
}

// WithDeadline derives from parent a context canceled at time d at the
// latest: its Done closes when d passes (Err is then DeadlineExceeded),
// when cancel is called or when parent's Done closes. If parent already
// has an earlier deadline, the result is just WithCancel(parent). Call
// cancel as soon as the work is over to release the timer.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline, with cause as what Cause reports when
// the deadline is the reason for the cancellation. The returned cancel
// sets no cause.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if pd, ok := parent.Deadline(); ok && pd.Before(d) {
		return WithCancel(parent)
	}
	c := &timerCtx{deadline: d}
	c.cancelCtx.attach(parent, c)
	left := time.Until(d)
	if left <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(left, func() {
			c.cancel(true, DeadlineExceeded, cause)
		})
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause is WithTimeout, with cause as what Cause reports when
// the timeout is the reason for the cancellation. The returned cancel
// sets no cause.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// WithoutCancel derives from parent a context that keeps parent's values
// but none of its cancellation: no deadline, a nil Done, a nil Err, and a
// nil Cause, whatever happens to parent.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return lookup(c, key) }
func (c withoutCancelCtx) String() string                        { return contextName(c.c) + ".WithoutCancel" }

// AfterFunc arranges for f to run in a goroutine of its own once ctx is
// canceled, at once if it already is. Each call is independent of the
// others. The returned stop undoes the arrangement: it reports true if it
// prevented f from running, and false if f was already started or stop
// had already been called. stop does not wait for f. A ctx with a method
// AfterFunc(func()) func() bool is asked to do the scheduling itself.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.attach(ctx, a)
	return func() bool {
		if !a.claimed.CompareAndSwap(false, true) {
			return false
		}
		a.cancel(true, Canceled, nil)
		return true
	}
}

// afterFuncCtx is the child AfterFunc attaches to ctx. Whoever first sets
// claimed decides: its cancellation starts f, stop prevents it.
type afterFuncCtx struct {
	cancelCtx
	claimed atomic.Bool
	f       func()
}

func (a *afterFuncCtx) cancel(detach bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if detach {
		removeChild(a.Context, a)
	}
	if a.claimed.CompareAndSwap(false, true) {
		go a.f()
	}
}
