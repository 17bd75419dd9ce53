// Errors:
// err_call_newline.go:6:8: syntax error: unexpected newline in argument list; possibly missing comma or )
package p

func f() {
	f(1, 2
	)
}
