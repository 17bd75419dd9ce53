package sync

import "sync/atomic"

// Map is a map[any]any that any number of goroutines may use at once
// without locking of their own. Loads, stores and deletes take amortized
// constant time. The zero value is an empty Map ready for use; do not copy
// a Map once it has been used.
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

// Load returns key's value and true, or nil and false when key has none.
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

// Store makes value the value of key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Swap stores value under key and returns the value it replaced (nil if
// none); loaded tells whether key had a value.
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

// LoadOrStore returns key's current value with loaded true when it has
// one; otherwise it stores value under key and returns it with loaded
// false.
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

// LoadAndDelete removes key and returns the value it had (nil if none);
// loaded tells whether it had one.
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

// Delete removes key and its value, if present.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// CompareAndSwap stores new under key when key's current value equals
// old, and reports whether it did. old must have a comparable type.
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

// CompareAndDelete removes key when its current value equals old, and
// reports whether it did. old must have a comparable type. A key without
// a value is never deleted, even when old is a nil interface.
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

// Range calls f for the keys and values in the map, one call at a time,
// and stops as soon as f returns false. It does not see a fixed snapshot:
// every key is visited at most once, but a key stored or deleted during
// the call (by f or anyone else) may show any value it had meanwhile.
// Range blocks no other method, and f itself may use m freely.
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
