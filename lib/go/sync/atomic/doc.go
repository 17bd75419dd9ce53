// Package atomic has the indivisible memory operations from which locks
// and other synchronisation algorithms are built.
//
// In govm every function declared here without a body is a native
// (runtime/natives.c) performing a sequentially consistent atomic
// operation on the addressed word, so these operations may be used from
// goroutines running in parallel on several threads. An operation on a nil
// address panics like any nil dereference.
//
// The typed values (Bool, Int32, Int64, Uint32, Uint64, Uintptr,
// Pointer[T]) and Value are written in Go over these functions.
package atomic

import "unsafe"

// SwapInt32 sets *addr to new in one atomic step and returns the old value.
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 sets *addr to new in one atomic step and returns the old value.
func SwapInt64(addr *int64, new int64) (old int64)

// SwapUint32 sets *addr to new in one atomic step and returns the old value.
func SwapUint32(addr *uint32, new uint32) (old uint32)

// SwapUint64 sets *addr to new in one atomic step and returns the old value.
func SwapUint64(addr *uint64, new uint64) (old uint64)

// SwapUintptr sets *addr to new in one atomic step and returns the old value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// SwapPointer sets *addr to new in one atomic step and returns the old value.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// CompareAndSwapInt32 sets *addr to new if it holds old, in one atomic step, and
// reports whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 sets *addr to new if it holds old, in one atomic step, and
// reports whether it did.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 sets *addr to new if it holds old, in one atomic step, and
// reports whether it did.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 sets *addr to new if it holds old, in one atomic step, and
// reports whether it did.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapUintptr sets *addr to new if it holds old, in one atomic step, and
// reports whether it did.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// CompareAndSwapPointer sets *addr to new if it holds old, in one atomic step, and
// reports whether it did.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// AddInt32 adds delta to *addr in one atomic step and returns the sum.
func AddInt32(addr *int32, delta int32) (new int32)

// AddUint32 adds delta to *addr in one atomic step and returns the sum.
// Subtracting a positive c means adding ^uint32(c-1); so ^uint32(0)
// decrements.
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddInt64 adds delta to *addr in one atomic step and returns the sum.
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint64 adds delta to *addr in one atomic step and returns the sum.
// Subtracting a positive c means adding ^uint64(c-1); so ^uint64(0)
// decrements.
func AddUint64(addr *uint64, delta uint64) (new uint64)

// AddUintptr adds delta to *addr in one atomic step and returns the sum.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// AndInt32 replaces *addr by *addr & mask in one atomic step and returns
// the value it had before.
func AndInt32(addr *int32, mask int32) (old int32)

// AndUint32 replaces *addr by *addr & mask in one atomic step and returns
// the value it had before.
func AndUint32(addr *uint32, mask uint32) (old uint32)

// AndInt64 replaces *addr by *addr & mask in one atomic step and returns
// the value it had before.
func AndInt64(addr *int64, mask int64) (old int64)

// AndUint64 replaces *addr by *addr & mask in one atomic step and returns
// the value it had before.
func AndUint64(addr *uint64, mask uint64) (old uint64)

// AndUintptr replaces *addr by *addr & mask in one atomic step and returns
// the value it had before.
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)

// OrInt32 replaces *addr by *addr | mask in one atomic step and returns
// the value it had before.
func OrInt32(addr *int32, mask int32) (old int32)

// OrUint32 replaces *addr by *addr | mask in one atomic step and returns
// the value it had before.
func OrUint32(addr *uint32, mask uint32) (old uint32)

// OrInt64 replaces *addr by *addr | mask in one atomic step and returns
// the value it had before.
func OrInt64(addr *int64, mask int64) (old int64)

// OrUint64 replaces *addr by *addr | mask in one atomic step and returns
// the value it had before.
func OrUint64(addr *uint64, mask uint64) (old uint64)

// OrUintptr replaces *addr by *addr | mask in one atomic step and returns
// the value it had before.
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)

// LoadInt32 reads *addr atomically.
func LoadInt32(addr *int32) (val int32)

// LoadInt64 reads *addr atomically.
func LoadInt64(addr *int64) (val int64)

// LoadUint32 reads *addr atomically.
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 reads *addr atomically.
func LoadUint64(addr *uint64) (val uint64)

// LoadUintptr reads *addr atomically.
func LoadUintptr(addr *uintptr) (val uintptr)

// LoadPointer reads *addr atomically.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// StoreInt32 writes val to *addr atomically.
func StoreInt32(addr *int32, val int32)

// StoreInt64 writes val to *addr atomically.
func StoreInt64(addr *int64, val int64)

// StoreUint32 writes val to *addr atomically.
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 writes val to *addr atomically.
func StoreUint64(addr *uint64, val uint64)

// StoreUintptr writes val to *addr atomically.
func StoreUintptr(addr *uintptr, val uintptr)

// StorePointer writes val to *addr atomically.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
