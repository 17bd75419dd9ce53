package time

// Sleep blocks the calling goroutine for d or a little longer; when d is
// zero or negative it returns at once.
func Sleep(d Duration) {
	if d > 0 {
		sleep(int64(d))
	}
}

// natives: sleep is the scheduler's (runtime/natives.c), which parks the
// goroutine on a timer; the clocks are lib/time.c's.

func sleep(ns int64)
func wallNow() (sec int64, nsec int64)
func monoNow() int64
