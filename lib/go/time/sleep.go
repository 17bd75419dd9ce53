package time

import "unsafe"

// Timers and tickers are scheduler timers (runtime/sched.c): each holds a
// function the runtime starts in a new goroutine whenever the timer fires.
// Channel timers send the current time without blocking on a channel with
// a buffer of one, as Go 1.22 does: a value that nobody received stays
// there, and a slow ticker receiver loses ticks.

// natives (runtime/natives.c)
func newTimer(f func()) unsafe.Pointer
func resetTimer(t unsafe.Pointer, when, period int64) bool
func stopTimer(t unsafe.Pointer) bool

// when is the monotonic deadline d from now, saturating on overflow.
func when(d Duration) int64 {
	now := monoNow()
	if d <= 0 {
		return now
	}
	t := now + int64(d)
	if t < now {
		t = 1<<63 - 1
	}
	return t
}

func sendTime(c chan Time) func() {
	return func() {
		select {
		case c <- Now():
		default:
		}
	}
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc.
type Timer struct {
	C <-chan Time
	r unsafe.Pointer
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: newTimer(sendTime(c))}
	resetTimer(t.r, when(d), 0)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: newTimer(f)}
	resetTimer(t.r, when(d), 0)
	return t
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, when(d), 0)
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r unsafe.Pointer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The ticker will adjust the time
// interval or drop ticks to make up for slow receivers. The duration d
// must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: newTimer(sendTime(c))}
	resetTimer(t.r, when(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent. Stop
// does not close the channel.
func (t *Ticker) Stop() {
	if t.r == nil {
		return
	}
	stopTimer(t.r)
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
