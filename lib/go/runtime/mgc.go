package runtime

import "unsafe"

// The garbage collector's interface (runtime/gc.c does the work).

func gcTarget() int               // the next cycle to start
func gcWait(n int, user bool) bool // true once cycle n is complete and swept
func readMemStats(words []uint64)
func setFinalizer(obj, finalizer any) bool // true: start the finalizer goroutine
func finqWait()
func finqNext() (fn, arg0, arg1 unsafe.Pointer, kind int)

// GC runs a complete collection, sweeping included, and returns when it
// is done. A cycle already under way when GC is called is not enough: the
// next one is started (once that one ends) and waited for. Meanwhile this
// goroutine helps mark, or sleeps briefly when there is nothing to help
// with.
func GC() {
	n := gcTarget()
	for !gcWait(n, true) {
	}
}

// forcegc is started by the scheduler's monitor thread when no collection
// has run for two minutes (and GOGC is not off).
func forcegc() {
	n := gcTarget()
	for !gcWait(n, false) {
	}
}

// KeepAlive marks x as in use up to the point of the call, so a finalizer
// set on it cannot run earlier. (govm keeps every variable of a running
// function reachable until the function returns; the call is what makes
// that hold for values no longer stored in a variable.)
func KeepAlive(x any) {}

// SetFinalizer arranges for finalizer(obj) to be called, on a goroutine of
// its own, some time after obj has become unreachable; obj then survives
// until the next collection after that call. obj must point to the start
// of an object allocated by new, a composite literal or an escaping
// variable; finalizer must be a function of one argument to which obj can
// be assigned, or nil to remove obj's finalizer. Objects that are not in
// the heap (package variables, zero-size values) are never finalized.
// Finalizers run one at a time, in the order their objects were found
// unreachable. govm accepts only finalizers without results.
func SetFinalizer(obj any, finalizer any) {
	if setFinalizer(obj, finalizer) {
		go runFinalizers()
	}
}

// runFinalizers is the finalizer goroutine: it calls each queued
// finalizer in turn. Finalizers take one pointer or one interface value;
// the call converts the function value to a function of that shape.
func runFinalizers() {
	for {
		finqWait()
		// The call's frame, holding the object, is gone by the time this
		// goroutine waits again.
		callFinalizer()
	}
}

func callFinalizer() {
	fn, arg0, arg1, kind := finqNext()
	switch kind {
	case 1:
		f := *(*func(unsafe.Pointer))(unsafe.Pointer(&fn))
		f(arg0)
	case 2:
		// An interface value is its type (or method table) word and its
		// data word; for the call it is passed as an empty interface of
		// the same two words.
		var e any
		words := (*[2]unsafe.Pointer)(unsafe.Pointer(&e))
		words[0], words[1] = arg0, arg1
		f := *(*func(any))(unsafe.Pointer(&fn))
		f(e)
	}
}

// MemStats holds the memory allocator's statistics, with Go's fields.
// govm fills the heap, object, collection and pause figures; the fields
// describing Go's own runtime structures (stacks, spans, caches, profiling
// buckets) are reported as zero.
type MemStats struct {
	Alloc        uint64 // bytes of allocated heap objects (= HeapAlloc)
	TotalAlloc   uint64 // bytes allocated over the program's life
	Sys          uint64 // bytes obtained from the OS
	Lookups      uint64
	Mallocs      uint64 // heap objects allocated, in all
	Frees        uint64 // heap objects freed, in all
	HeapAlloc    uint64 // bytes of reachable objects and of those not swept yet
	HeapSys      uint64 // bytes of address space reserved for the heap
	HeapIdle     uint64 // bytes in spans holding no object
	HeapInuse    uint64 // bytes in spans holding objects
	HeapReleased uint64 // bytes of idle spans returned to the OS
	HeapObjects  uint64 // objects allocated and not yet freed
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64      // heap size at which the next collection starts
	LastGC       uint64      // when the last collection ended, ns since 1970
	PauseTotalNs uint64      // stop-the-world time over all collections
	PauseNs      [256]uint64 // recent pauses, the newest at [(NumGC+255)%256]
	PauseEnd     [256]uint64 // when they ended, ns since 1970
	NumGC        uint32      // collections completed
	NumForcedGC  uint32      // collections asked for by GC()
	// GCCPUFraction is the share of the CPU time available since the
	// program started that collections used.
	GCCPUFraction float64
	EnableGC      bool // always true
	DebugGC       bool
	// BySize gives the allocator's size classes (Mallocs and Frees per
	// class are not counted).
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's statistics as of now.
func ReadMemStats(m *MemStats) {
	var w [601]uint64
	readMemStats(w[:])
	m.Alloc, m.TotalAlloc, m.Sys, m.Lookups = w[0], w[1], w[2], w[3]
	m.Mallocs, m.Frees, m.HeapAlloc, m.HeapSys = w[4], w[5], w[6], w[7]
	m.HeapIdle, m.HeapInuse, m.HeapReleased, m.HeapObjects = w[8], w[9], w[10], w[11]
	m.StackInuse, m.StackSys, m.MSpanInuse, m.MSpanSys = w[12], w[13], w[14], w[15]
	m.MCacheInuse, m.MCacheSys, m.BuckHashSys, m.GCSys = w[16], w[17], w[18], w[19]
	m.OtherSys, m.NextGC, m.LastGC, m.PauseTotalNs = w[20], w[21], w[22], w[23]
	copy(m.PauseNs[:], w[24:280])
	copy(m.PauseEnd[:], w[280:536])
	m.NumGC = uint32(w[536])
	m.NumForcedGC = uint32(w[537])
	m.GCCPUFraction = *(*float64)(unsafe.Pointer(&w[538]))
	m.EnableGC = w[539] != 0
	m.DebugGC = false
	for i := range m.BySize {
		m.BySize[i].Size = uint32(w[540+i])
		m.BySize[i].Mallocs, m.BySize[i].Frees = 0, 0
	}
}
