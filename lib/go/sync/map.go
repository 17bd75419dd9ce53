package sync

import "sync/atomic"

// Map is like a Go map[any]any but is safe for concurrent use
// by multiple goroutines without additional locking or coordination.
// Loads, stores, and deletes run in amortized constant time.
//
// The zero Map is empty and ready for use. A Map must not be copied after
// first use.
//
// Design. A Go map from keys to entries under an RWMutex: lookups take the
// read lock, changes the write lock (both released by defer, so a panic
// for an unhashable key or an uncomparable value leaves the Map usable).
// An entry holds an atomic pointer to its value, nil once deleted.
//
// Range copies the keys and entries under the read lock and then calls f
// without holding any lock, loading each entry's value just before its
// call: a key is visited at most once, keys deleted before their turn are
// skipped, new values stored meanwhile are seen, keys added meanwhile are
// not visited, and f may call any method of the Map. While a Range is in
// progress, deleting a key leaves its entry in the map with a nil value (a
// tombstone), so that storing the key again revives the very entry Range
// holds, as in Go; the last Range to finish sweeps the tombstones.
type Map struct {
	mu      RWMutex
	m       map[any]*entry
	dead    int          // tombstones in m (guarded by mu)
	ranging atomic.Int32 // Range calls between their copy and their end
}

// An entry is one key's slot in a Map.
type entry struct {
	p atomic.Pointer[any] // the value; nil once deleted
}

// Load returns the value stored in the map for a key, or nil if no
// value is present.
// The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if e := m.m[key]; e != nil {
		if p := e.p.Load(); p != nil {
			return *p, true
		}
	}
	return nil, false
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Swap swaps the value for a key and returns the previous value if any.
// The loaded result reports whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e := m.m[key]; e != nil {
		if p := e.p.Swap(&value); p != nil {
			return *p, true
		}
		m.dead-- // revived a tombstone
		return nil, false
	}
	m.add(key, value)
	return nil, false
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value.
// The loaded result is true if the value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e := m.m[key]; e != nil {
		if p := e.p.Load(); p != nil {
			return *p, true
		}
		e.p.Store(&value)
		m.dead--
		return value, false
	}
	m.add(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e := m.m[key]
	if e == nil {
		return nil, false
	}
	p := e.p.Swap(nil)
	if p == nil {
		return nil, false
	}
	m.drop(key)
	return *p, true
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// CompareAndSwap swaps the old and new values for key
// if the value stored in the map is equal to old.
// The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e := m.m[key]
	if e == nil {
		return false
	}
	p := e.p.Load()
	if p == nil || *p != old {
		return false
	}
	e.p.Store(&new)
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
// The old value must be of a comparable type.
//
// If there is no current value for key in the map, CompareAndDelete
// returns false (even if the old value is the nil interface value).
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e := m.m[key]
	if e == nil {
		return false
	}
	p := e.p.Load()
	if p == nil || *p != old {
		return false
	}
	e.p.Store(nil)
	m.drop(key)
	return true
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
//
// Range does not necessarily correspond to any consistent snapshot of the Map's
// contents: no key will be visited more than once, but if the value for any key
// is stored or deleted concurrently (including by f), Range may reflect any
// mapping for that key from any point during the Range call. Range does not
// block other methods on the receiver; even f itself may call any method on m.
func (m *Map) Range(f func(key, value any) bool) {
	keys, entries := m.snapshot()
	defer m.rangeDone()
	for i, e := range entries {
		p := e.p.Load()
		if p == nil {
			continue
		}
		if !f(keys[i], *p) {
			break
		}
	}
}

// add stores a new entry (mu held for writing).
func (m *Map) add(key, value any) {
	if m.m == nil {
		m.m = make(map[any]*entry)
	}
	e := new(entry)
	e.p.Store(&value)
	m.m[key] = e
}

// drop forgets key, whose entry was just emptied (mu held for writing).
// While a Range may hold the entry it stays as a tombstone.
func (m *Map) drop(key any) {
	if m.ranging.Load() == 0 {
		delete(m.m, key)
	} else {
		m.dead++
	}
}

func (m *Map) snapshot() ([]any, []*entry) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	m.ranging.Add(1)
	keys := make([]any, 0, len(m.m))
	entries := make([]*entry, 0, len(m.m))
	for k, e := range m.m {
		keys = append(keys, k)
		entries = append(entries, e)
	}
	return keys, entries
}

func (m *Map) rangeDone() {
	if m.ranging.Add(-1) != 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.dead == 0 || m.ranging.Load() != 0 {
		return
	}
	for k, e := range m.m {
		if e.p.Load() == nil {
			delete(m.m, k)
		}
	}
	m.dead = 0
}
