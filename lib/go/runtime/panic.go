package runtime

// Natives (runtime/panic.c).
func panicCount() int                            // panics on the goroutine, newest first
func panicValue(i int) (v any, recovered bool)   // the i-th newest panic
func printCustom(v any)                          // a value of a non-basic dynamic type
func crash()                                     // traceback and exit status 2

type stringer interface {
	String() string
}

// fatalpanic prints the goroutine's panics, oldest first, and ends the
// program. The VM calls it when no deferred call recovered a panic.
func fatalpanic() {
	n := panicCount()
	// Error and String methods run first: they may panic themselves.
	texts := make([]any, n)
	for i := n - 1; i >= 0; i-- {
		v, _ := panicValue(i)
		switch x := v.(type) {
		case error:
			texts[i] = x.Error()
		case stringer:
			texts[i] = x.String()
		default:
			texts[i] = v
		}
	}
	for i := n - 1; i >= 0; i-- {
		_, recovered := panicValue(i)
		if i != n-1 {
			print("\t")
		}
		print("panic: ")
		printpanicval(texts[i])
		if recovered {
			print(" [recovered]")
		}
		print("\n")
	}
	crash()
}

func printpanicval(v any) {
	switch x := v.(type) {
	case nil:
		print("nil")
	case bool:
		print(x)
	case int:
		print(x)
	case int8:
		print(x)
	case int16:
		print(x)
	case int32:
		print(x)
	case int64:
		print(x)
	case uint:
		print(x)
	case uint8:
		print(x)
	case uint16:
		print(x)
	case uint32:
		print(x)
	case uint64:
		print(x)
	case uintptr:
		print(x)
	case float32:
		print(x)
	case float64:
		print(x)
	case complex64:
		print(x)
	case complex128:
		print(x)
	case string:
		print(x)
	default:
		printCustom(v)
	}
}
