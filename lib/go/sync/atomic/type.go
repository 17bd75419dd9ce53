package atomic

import "unsafe"

// The typed values below wrap one word each and forward to the functions
// of doc.go. Their field lists mirror Go's (blank noCopy/align64 markers
// included) so that fmt prints them the same way, e.g. an Int64 holding 5
// prints as {{} {} 5}.

// noCopy is a zero-size marker: a type embedding it must not be copied
// after first use (go vet's copylocks check looks for Lock/Unlock).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 marks 64-bit values that Go aligns to 8 bytes on every
// platform; govm's int64 fields are always 8-byte aligned.
type align64 struct{}

// b32 turns a bool into the 0/1 word a Bool stores.
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Bool is a bool with atomic operations; its zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

// Load reads x atomically.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store sets x to val atomically.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap sets x to new atomically and returns the old value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap sets x to new if it holds old, atomically, and reports
// whether it did.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// Pointer is a *T with atomic operations; its zero value is nil.
type Pointer[T any] struct {
	// The zero-length array ties the type parameter to the layout, so that
	// Pointer[A] and Pointer[B] do not convert into each other.
	_ [0]*T

	_ noCopy
	v unsafe.Pointer
}

// Load reads x atomically.
func (x *Pointer[T]) Load() *T { return (*T)(LoadPointer(&x.v)) }

// Store sets x to val atomically.
func (x *Pointer[T]) Store(val *T) { StorePointer(&x.v, unsafe.Pointer(val)) }

// Swap sets x to new atomically and returns the old value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	return (*T)(SwapPointer(&x.v, unsafe.Pointer(new)))
}

// CompareAndSwap sets x to new if it holds old, atomically, and reports
// whether it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return CompareAndSwapPointer(&x.v, unsafe.Pointer(old), unsafe.Pointer(new))
}

// Int32 is an int32 with atomic operations; its zero value is 0.
type Int32 struct {
	_ noCopy
	v int32
}

// Load reads x atomically.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store sets x to val atomically.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap sets x to new atomically and returns the old value.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, atomically, and reports
// whether it did.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add adds delta to x atomically and returns the sum.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// And replaces x by x & mask atomically and returns the old value.
func (x *Int32) And(mask int32) (old int32) { return AndInt32(&x.v, mask) }

// Or replaces x by x | mask atomically and returns the old value.
func (x *Int32) Or(mask int32) (old int32) { return OrInt32(&x.v, mask) }

// Int64 is an int64 with atomic operations; its zero value is 0.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

// Load reads x atomically.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store sets x to val atomically.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap sets x to new atomically and returns the old value.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, atomically, and reports
// whether it did.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add adds delta to x atomically and returns the sum.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// And replaces x by x & mask atomically and returns the old value.
func (x *Int64) And(mask int64) (old int64) { return AndInt64(&x.v, mask) }

// Or replaces x by x | mask atomically and returns the old value.
func (x *Int64) Or(mask int64) (old int64) { return OrInt64(&x.v, mask) }

// Uint32 is a uint32 with atomic operations; its zero value is 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load reads x atomically.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store sets x to val atomically.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap sets x to new atomically and returns the old value.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, atomically, and reports
// whether it did.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add adds delta to x atomically and returns the sum.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// And replaces x by x & mask atomically and returns the old value.
func (x *Uint32) And(mask uint32) (old uint32) { return AndUint32(&x.v, mask) }

// Or replaces x by x | mask atomically and returns the old value.
func (x *Uint32) Or(mask uint32) (old uint32) { return OrUint32(&x.v, mask) }

// Uint64 is a uint64 with atomic operations; its zero value is 0.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// Load reads x atomically.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store sets x to val atomically.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap sets x to new atomically and returns the old value.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, atomically, and reports
// whether it did.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add adds delta to x atomically and returns the sum.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// And replaces x by x & mask atomically and returns the old value.
func (x *Uint64) And(mask uint64) (old uint64) { return AndUint64(&x.v, mask) }

// Or replaces x by x | mask atomically and returns the old value.
func (x *Uint64) Or(mask uint64) (old uint64) { return OrUint64(&x.v, mask) }

// Uintptr is a uintptr with atomic operations; its zero value is 0.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load reads x atomically.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store sets x to val atomically.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap sets x to new atomically and returns the old value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, atomically, and reports
// whether it did.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add adds delta to x atomically and returns the sum.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// And replaces x by x & mask atomically and returns the old value.
func (x *Uintptr) And(mask uintptr) (old uintptr) { return AndUintptr(&x.v, mask) }

// Or replaces x by x | mask atomically and returns the old value.
func (x *Uintptr) Or(mask uintptr) (old uintptr) { return OrUintptr(&x.v, mask) }
