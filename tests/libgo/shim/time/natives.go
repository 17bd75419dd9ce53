package time

import (
	rt "time"
	"unsafe"
)

var base = rt.Now()

func sleep(ns int64) { rt.Sleep(rt.Duration(ns)) }

func wallNow() (int64, int64) {
	t := rt.Now()
	return t.Unix(), int64(t.Nanosecond())
}

func monoNow() int64 { return int64(rt.Since(base)) + 1 }

// The scheduler's timer natives (runtime/natives.c), over real timers.

type shimTimer struct {
	f func()
	t *rt.Timer
}

func newTimer(f func()) unsafe.Pointer { return unsafe.Pointer(&shimTimer{f: f}) }

func resetTimer(p unsafe.Pointer, when, period int64) bool {
	st := (*shimTimer)(p)
	active := st.t != nil && st.t.Stop()
	var fire func()
	fire = func() {
		st.f()
		if period > 0 {
			st.t = rt.AfterFunc(rt.Duration(period), fire)
		}
	}
	st.t = rt.AfterFunc(rt.Duration(when-monoNow()), fire)
	return active
}

func stopTimer(p unsafe.Pointer) bool {
	st := (*shimTimer)(p)
	return st.t != nil && st.t.Stop()
}
