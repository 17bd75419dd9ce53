package runtime

// Natives (runtime/natives.c over the scheduler, runtime/sched.c).

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it, after running all its
// deferred calls. No other goroutine is affected.
func Goexit()

// GOMAXPROCS sets the maximum number of threads running Go code at once
// and returns the previous setting. n < 1 leaves it unchanged.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written. With all set, the traces of all
// other goroutines follow.
func Stack(buf []byte, all bool) int

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "govm"
)

// Version returns the Go language version govm implements.
func Version() string { return "go1.22" }
