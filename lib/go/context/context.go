// Package context passes cancellation, deadlines and request-scoped values
// down a chain of calls and across goroutines.
//
// A program starts from Background (or TODO) and derives contexts from it:
// WithCancel and its relatives add a way to cancel, WithDeadline and
// WithTimeout add a time limit, WithValue attaches a key/value pair and
// WithoutCancel detaches a context from its parent's cancellation.
// Canceling a context cancels everything derived from it, never its
// ancestors. All contexts here may be used by many goroutines at once.
//
// govm notes: the package is plain Go over sync, sync/atomic and
// time.AfterFunc. Its types, their names and what they print (String, Err,
// Cause, %T) are those of Go 1.22.
package context

import (
	"errors"
	"reflect"
	"time"
)

// Context is the value functions hand down a call chain. It tells when the
// work should stop (Done, Err), by when at the latest (Deadline), and
// carries values attached along the way (Value). Its methods are safe for
// concurrent use.
type Context interface {
	// Deadline gives the time at which the context will be canceled
	// because its time is up, with ok false when it has no such time.
	// It answers the same on every call.
	Deadline() (deadline time.Time, ok bool)

	// Done gives a channel that is closed once the context is canceled;
	// a context that can never be canceled may give nil. Every call gives
	// the same channel.
	Done() <-chan struct{}

	// Err is nil while Done is open. Once Done is closed it is
	// DeadlineExceeded when the deadline was the reason and Canceled
	// otherwise, and it no longer changes.
	Err() error

	// Value gives the value attached under key to this context or to the
	// nearest context it derives from that has one, or nil. Keys are
	// compared with ==.
	Value(key any) any
}

// Canceled is Err's answer for a context canceled by any means other than
// its deadline passing.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is Err's answer for a context whose deadline passed. It
// is a timeout: it has Timeout and Temporary methods that report true.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is the root behaviour: no deadline, no cancellation, no values.
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background returns the usual root context: never canceled, without a
// deadline and without values. main, initialisation code and servers
// handling a new request start from it.
func Background() Context { return backgroundCtx{} }

// TODO returns a root context like Background, meant as a placeholder
// where the right context is not known or not yet passed in.
func TODO() Context { return todoCtx{} }

// WithValue derives from parent a context in which Value(key) is val; other
// keys are looked up in parent. key must be comparable and not nil. To
// avoid clashes between packages, keys should be of a type of their own
// rather than a built-in type such as string.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !reflect.TypeOf(key).Comparable() {
		panic("key is not comparable")
	}
	return &valueCtx{Context: parent, key: key, val: val}
}

// valueCtx holds one key/value pair on top of its parent, to which every
// other question is passed.
type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return lookup(c.Context, key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" + describe(c.key) + ", " + describe(c.val) + ")"
}

// cancelCtxKey's address is the key under which the contexts of this
// package answer with their innermost *cancelCtx (see Cause and
// parentCancelCtx).
var cancelCtxKey int

// lookup answers c.Value(key), walking the contexts of this package in a
// loop instead of through nested calls; any other implementation is asked
// directly.
func lookup(c Context, key any) any {
	for {
		switch x := c.(type) {
		case *valueCtx:
			if x.key == key {
				return x.val
			}
			c = x.Context
		case *cancelCtx:
			if key == &cancelCtxKey {
				return x
			}
			c = x.Context
		case *timerCtx:
			if key == &cancelCtxKey {
				return &x.cancelCtx
			}
			c = x.Context
		case withoutCancelCtx:
			if key == &cancelCtxKey {
				// Cut the chain: Cause of such a context is nil.
				return nil
			}
			c = x.c
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}

type stringer interface {
	String() string
}

// contextName is how String methods show a parent: its own String, or the
// name of its type when it has none.
func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return reflect.TypeOf(c).String()
}

// describe shows a key or value in valueCtx.String without package fmt:
// Stringers and strings as themselves, nil as "<nil>", anything else by
// the name of its type.
func describe(v any) string {
	switch x := v.(type) {
	case stringer:
		return x.String()
	case string:
		return x
	case nil:
		return "<nil>"
	}
	return reflect.TypeOf(v).String()
}
