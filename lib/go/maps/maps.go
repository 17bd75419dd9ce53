// Package maps has generic helpers for maps of any type (the Go 1.21 API:
// the iterator functions of Go 1.23 need range over functions).
package maps

// Equal reports whether m1 and m2 have the same keys with == values.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || v1 != v2 {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq deciding whether two values match (keys
// still compare with ==).
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}

// Clone returns a new map with m's entries, copied by plain assignment
// (not deeply); a nil m gives nil.
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if map[K]V(m) == nil {
		return nil
	}
	r := make(map[K]V, len(m))
	for k, v := range m {
		r[k] = v
	}
	return M(r)
}

// Copy stores every entry of src into dst, overwriting dst's values for
// keys both maps have.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for k, v := range src {
		dst[k] = v
	}
}

// DeleteFunc removes from m each entry for which del(key, value) is true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}
