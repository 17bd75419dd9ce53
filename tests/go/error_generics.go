package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Double[T any](x T) T { return x + x }

func Zero[T any]() T {
	var z T
	return z
}

type List[T any] struct{ v []T }

func main() {
	_ = Sum([]string{"a"})
	_ = Zero()
	var l List
	_ = l
	f := Sum
	_ = f
}

// Errors:
// error_generics.go:15:36: invalid operation: operator + not defined on x (variable of type T constrained by any)
// error_generics.go:25:9: string does not satisfy Number (string missing in ~int | ~float64)
// error_generics.go:26:10: in call to Zero, cannot infer T
// error_generics.go:27:8: cannot use generic type List[T any] without instantiation
// error_generics.go:29:7: cannot use generic function Sum without instantiation
