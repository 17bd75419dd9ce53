// Package runtime holds the parts of the Go runtime that govm writes in Go:
// the run-time error types raised by the VM and the printing of a panic
// that ends the program. The VM finds these types and functions by name
// (vm/interp.h: RuntimeLinks).
package runtime

// Error is implemented by the errors the run-time system panics with
// (division by zero, index out of range, failed type assertions, ...).
type Error interface {
	error
	// RuntimeError does nothing; having it marks a type as a run-time
	// error rather than an ordinary one.
	RuntimeError()
}

// An errorString is a run-time error such as "integer divide by zero" or
// "index out of range [5] with length 3".
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// A plainError is a run-time error whose text has no "runtime error: "
// prefix ("assignment to entry in nil map").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// TypeAssertionError is the panic value of a type assertion that fails.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// PanicNilError is what panic(nil) actually panics with.
type PanicNilError struct {
	_ [0]int
}

func (*PanicNilError) Error() string { return "panic called with nil argument (goexit=false)" }

func (*PanicNilError) RuntimeError() {}
