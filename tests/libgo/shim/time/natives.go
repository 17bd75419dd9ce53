package time

import rt "time"

var base = rt.Now()

func sleep(ns int64) { rt.Sleep(rt.Duration(ns)) }

func wallNow() (int64, int64) {
	t := rt.Now()
	return t.Unix(), int64(t.Nanosecond())
}

func monoNow() int64 { return int64(rt.Since(base)) + 1 }
