// math/bits.Div64 panics with a runtime error when the quotient would
// overflow (y <= hi); the error is a runtime.Error.
package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(r, isRuntime)
		bits.Div32(0, 1, 0)
	}()
	bits.Div64(5, 0, 5)
}

// Output:
// runtime error: integer overflow true
// Panic: runtime error: integer overflow
