// Errors:
// err_too_many.go:16:8: syntax error: unexpected ), expected expression
// err_too_many.go:17:8: syntax error: unexpected ), expected expression
// err_too_many.go:18:8: syntax error: unexpected ), expected expression
// err_too_many.go:19:8: syntax error: unexpected ), expected expression
// err_too_many.go:20:8: syntax error: unexpected ), expected expression
// err_too_many.go:21:8: syntax error: unexpected ), expected expression
// err_too_many.go:22:8: syntax error: unexpected ), expected expression
// err_too_many.go:23:8: syntax error: unexpected ), expected expression
// err_too_many.go:24:8: syntax error: unexpected ), expected expression
// err_too_many.go:25:8: syntax error: unexpected ), expected expression
// err_too_many.go:25:8: too many errors
package p

func f() {
	x0 := )
	x1 := )
	x2 := )
	x3 := )
	x4 := )
	x5 := )
	x6 := )
	x7 := )
	x8 := )
	x9 := )
	x10 := )
	x11 := )
}
