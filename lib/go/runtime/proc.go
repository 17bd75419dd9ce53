package runtime

// Natives (runtime/natives.c over the scheduler, runtime/sched.c).

// Gosched lets other runnable goroutines run first; the caller stays
// runnable and continues later without any further action.
func Gosched()

// Goexit ends the calling goroutine once its deferred calls have run
// (recover returns nil in them). Other goroutines carry on; when the main
// goroutine calls it, the program continues until no goroutine is left.
func Goexit()

// GOMAXPROCS changes how many threads may execute Go code simultaneously
// and returns the old limit; an argument below 1 only queries it.
func GOMAXPROCS(n int) int

// NumGoroutine is the number of goroutines alive now.
func NumGoroutine() int

// NumCPU is the number of CPUs the process may use.
func NumCPU() int

// Stack writes the calling goroutine's traceback into buf (followed by
// every other goroutine's when all is true) and returns how many bytes it
// wrote; the text is cut at len(buf).
func Stack(buf []byte, all bool) int

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "govm"
)

// Version names the Go release whose language govm implements.
func Version() string { return "go1.22" }
