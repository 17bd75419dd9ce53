package atomic

import (
	"runtime"
	"unsafe"
)

// Value holds an interface value that is loaded and stored atomically;
// every value stored in it must have the same dynamic type. Load on the
// zero Value returns nil. Do not copy a Value after the first Store.
//
// Design: the single field is an interface, whose memory form in govm is
// Go's two words (type descriptor, data word); fmt therefore prints a
// Value as Go does. All stores into a Value use one dynamic type, so after
// the first store the type word never changes and every later operation
// is an atomic operation on the data word alone. The first store claims
// the type word with a sentinel (the type storing), publishes the data
// word and then the real type; operations that see the sentinel yield and
// retry.
type Value struct {
	v any
}

// words is the memory form of an empty interface.
type words struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// While a first store is in progress the type word holds the descriptor
// of the unexported type storing, which no caller can store: the words
// stay a well-formed interface value at every moment.
type storing struct{}

// sentinel is storing's type word (computed where needed: a package
// variable would be initialised by every program importing sync).
func sentinel() unsafe.Pointer {
	typ, _ := wordsOf(storing{})
	return typ
}

func (v *Value) words() *words { return (*words)(unsafe.Pointer(&v.v)) }

// wordsOf returns the type and data words of x.
func wordsOf(x any) (typ, data unsafe.Pointer) {
	w := (*words)(unsafe.Pointer(&x))
	return w.typ, w.data
}

// makeAny builds the interface value with the given words.
func makeAny(typ, data unsafe.Pointer) any {
	var x any
	w := (*words)(unsafe.Pointer(&x))
	w.typ = typ
	w.data = data
	return x
}

// Load returns the value of the latest Store, or nil before any.
func (v *Value) Load() (val any) {
	w := v.words()
	typ := LoadPointer(&w.typ)
	if typ == nil || typ == sentinel() {
		// no store has completed yet
		return nil
	}
	return makeAny(typ, LoadPointer(&w.data))
}

// first tries to perform the first store into w; it reports false when
// another store already claimed the Value.
func first(w *words, typ, data unsafe.Pointer) bool {
	if !CompareAndSwapPointer(&w.typ, nil, sentinel()) {
		return false
	}
	StorePointer(&w.data, data)
	StorePointer(&w.typ, typ)
	return true
}

// settledType returns the Value's type word once no first store is in
// progress (nil if nothing was stored).
func settledType(w *words) unsafe.Pointer {
	for {
		typ := LoadPointer(&w.typ)
		if typ != sentinel() {
			return typ
		}
		// The first store is between its two writes: let it finish.
		runtime.Gosched()
	}
}

// Store makes val the value of v. It panics if val is nil or its dynamic
// type differs from that of the values stored before.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	w := v.words()
	ntyp, ndata := wordsOf(val)
	for {
		typ := settledType(w)
		if typ == nil {
			if first(w, ntyp, ndata) {
				return
			}
			continue
		}
		if typ != ntyp {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		StorePointer(&w.data, ndata)
		return
	}
}

// Swap makes new the value of v and returns the previous one (nil if v
// was empty). Like Store, it panics if new is nil or of a different
// dynamic type than the earlier values.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	w := v.words()
	ntyp, ndata := wordsOf(new)
	for {
		typ := settledType(w)
		if typ == nil {
			if first(w, ntyp, ndata) {
				return nil
			}
			continue
		}
		if typ != ntyp {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return makeAny(typ, SwapPointer(&w.data, ndata))
	}
}

// CompareAndSwap makes new the value of v if v currently holds old, and
// reports whether it did. It panics if new is nil, or if old (when not
// nil) or new has a different dynamic type than the values stored.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	ntyp, ndata := wordsOf(new)
	otyp, _ := wordsOf(old)
	if otyp != nil && otyp != ntyp {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	w := v.words()
	for {
		typ := settledType(w)
		if typ == nil {
			if old != nil {
				return false
			}
			if first(w, ntyp, ndata) {
				return true
			}
			continue
		}
		if typ != ntyp {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compare with Go's == on the current value (this panics for
		// uncomparable dynamic types, as in Go), then swap the data word
		// only if it is still the one compared.
		data := LoadPointer(&w.data)
		if makeAny(typ, data) != old {
			return false
		}
		return CompareAndSwapPointer(&w.data, data, ndata)
	}
}
