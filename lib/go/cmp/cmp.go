// Package cmp has the Ordered constraint and helpers for comparing values
// of ordered types.
package cmp

// Ordered admits the types whose values can be compared with <, <=, >=
// and >: integers, floats and strings (and types based on them). Beware
// that the comparison operators are false whenever one side is a float
// NaN; Compare and Less order NaNs consistently.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x < y, with NaNs placed below every other float
// and -0.0 equal to 0.0.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1, 0 or +1 as x is below, equal to or above y. For
// floats, NaNs are equal to each other and below everything else, and
// -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN := isNaN(x)
	yNaN := isNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// isNaN reports whether x is a float NaN (x != x), without importing
// math; for other types it is always false.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns the first of vals that is not the zero value, or the zero
// value when they all are.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
