package main

import (
	"errors"
	"fmt"
)

type wrapErr struct{ inner error }

func (w *wrapErr) Error() string { return "wrap(" + w.inner.Error() + ")" }

func main() {
	fmt.Println("run")
	panic(&wrapErr{errors.New("io")})
}

// Output:
// run
// Panic: wrap(io)
