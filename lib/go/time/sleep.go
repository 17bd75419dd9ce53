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

// A Timer fires once. Timers made by NewTimer deliver the time they fired
// on C; those made by AfterFunc run a function instead and have a nil C.
type Timer struct {
	C <-chan Time
	r unsafe.Pointer
}

// NewTimer starts a Timer that sends the time on its channel once d has
// passed.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: newTimer(sendTime(c))}
	resetTimer(t.r, when(d), 0)
	return t
}

// AfterFunc starts a Timer that calls f in a new goroutine once d has
// passed; stopping the Timer in time cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: newTimer(f)}
	resetTimer(t.r, when(d), 0)
	return t
}

// After returns a channel that receives the time once d has passed (the
// channel of a new Timer).
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Stop disarms t. The result tells whether t was still armed: false means
// it had already fired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset rearms t to fire d from now and tells whether it was still armed
// before.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, when(d), 0)
}

// A Ticker sends the time on C periodically.
type Ticker struct {
	C <-chan Time
	r unsafe.Pointer
}

// NewTicker starts a Ticker with period d, which must be positive. A tick
// that finds the previous one still unreceived is dropped, so a slow
// receiver never sees a backlog.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: newTimer(sendTime(c))}
	resetTimer(t.r, when(d), int64(d))
	return t
}

// Stop ends the ticks; C stays open.
func (t *Ticker) Stop() {
	if t.r == nil {
		return
	}
	stopTimer(t.r)
}

// Reset gives t the new positive period d, counted from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick returns the channel of a new Ticker with period d, or nil when d is
// not positive.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
