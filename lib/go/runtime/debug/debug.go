// Package debug holds the runtime's tuning knobs and diagnostics: the
// collector's GOGC percentage and memory limit, returning memory to the
// operating system, and stack traces.
package debug

import (
	"os"
	"runtime"
)

func setGCPercent(percent int) int
func freeOSMemory()
func waitIdle() bool // true when no collection is running

// SetGCPercent sets the collector's target percentage (the GOGC variable:
// a collection starts when the heap has grown by this percentage over
// what the previous one found live) and returns the previous setting. A
// negative percentage turns collection off, except as the memory limit
// requires; a collection under way then completes before SetGCPercent
// returns.
func SetGCPercent(percent int) int {
	old := setGCPercent(percent)
	if percent < 0 {
		for !waitIdle() {
		}
	}
	return old
}

// SetMemoryLimit sets a soft limit, in bytes, on the memory the program
// uses (the GOMEMLIMIT variable): the collector runs as often as needed
// to stay under it. A negative limit changes nothing; the previous limit
// is returned either way (math.MaxInt64 when none is set).
func SetMemoryLimit(limit int64) int64

// FreeOSMemory runs a collection, then returns as much free memory to the
// operating system as it can.
func FreeOSMemory() {
	runtime.GC()
	freeOSMemory()
}

// Stack returns the calling goroutine's traceback.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes the calling goroutine's traceback to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}
