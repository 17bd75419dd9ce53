package slices

// Go 1.21's min, max and clear builtins, for compiling govmlib/slices with
// Go 1.19 (package-level declarations shadow the predeclared names).

import "govmlib/cmp"

func min[T cmp.Ordered](x, y T) T {
	if x != x {
		return x
	}
	if y != y {
		return y
	}
	if x < y || x == y && isNegZero(x) {
		return x
	}
	return y
}

func max[T cmp.Ordered](x, y T) T {
	if x != x {
		return x
	}
	if y != y {
		return y
	}
	if x > y || x == y && isNegZero(y) {
		return x
	}
	return y
}

// isNegZero reports whether x is a floating-point negative zero.
func isNegZero[T cmp.Ordered](x T) bool {
	var f float64
	switch v := any(x).(type) {
	case float64:
		f = v
	case float32:
		f = float64(v)
	default:
		return false
	}
	return f == 0 && 1/f < 0
}

func clear[S ~[]E, E any](s S) {
	var zero E
	for i := range s {
		s[i] = zero
	}
}
