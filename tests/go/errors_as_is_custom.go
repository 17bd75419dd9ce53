// errors.Is with a custom Is method, errors.As into interface and pointer
// targets, and As's panics on bad targets.
package main

import (
	"errors"
	"fmt"
)

type timeoutErr struct{ op string }

func (e *timeoutErr) Error() string { return e.op + ": timeout" }
func (e *timeoutErr) Timeout() bool { return true }
func (e *timeoutErr) Is(target error) bool {
	return target == errTimeout
}

var errTimeout = errors.New("timeout")

type temporary interface{ Timeout() bool }

func main() {
	err := fmt.Errorf("request failed: %w", &timeoutErr{"dial"})
	fmt.Println(err, errors.Is(err, errTimeout))
	var te *timeoutErr
	fmt.Println(errors.As(err, &te), te.op)
	var tmp temporary
	fmt.Println(errors.As(err, &tmp), tmp.Timeout())
	var iface interface{ Missing() }
	fmt.Println(errors.As(err, &iface))
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil), errors.Unwrap(nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(err, te)
}

// Output:
// request failed: dial: timeout true
// true dial
// true true
// false
// true false <nil>
// recovered: errors: *target must be interface or implement error
