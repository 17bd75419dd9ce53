// SetFinalizer on a value that is not a pointer is a fatal error.
package main

import "runtime"

func main() {
	x := 42
	runtime.SetFinalizer(x, func(int) {})
}

// Fatal: runtime.SetFinalizer: first argument is int, not pointer
