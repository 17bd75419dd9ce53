package main

import (
	"errors"
	"fmt"
)

type LayerError struct {
	Layer string
	Err   error
}

func (e *LayerError) Error() string { return e.Layer + ": " + e.Err.Error() }
func (e *LayerError) Unwrap() error  { return e.Err }

var ErrRoot = errors.New("root cause")

func main() {
	err := &LayerError{"db", ErrRoot}
	var wrapped error = &LayerError{"service", fmt.Errorf("handler: %w", err)}
	fmt.Println(wrapped)
	depth := 0
	for e := wrapped; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%d: %T %v\n", depth, e, e)
		depth++
	}
	fmt.Println(errors.Is(wrapped, ErrRoot))
	var le *LayerError
	if errors.As(wrapped, &le) {
		fmt.Println("first LayerError:", le.Layer)
	}
	fmt.Println(errors.Unwrap(ErrRoot) == nil)
}

// Output:
// service: handler: db: root cause
// 0: *main.LayerError service: handler: db: root cause
// 1: *fmt.wrapError handler: db: root cause
// 2: *main.LayerError db: root cause
// 3: *errors.errorString root cause
// true
// first LayerError: service
// true
