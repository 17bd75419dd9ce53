// Errors:
// err_selector.go:6:8: syntax error: unexpected literal .1 at end of statement
package p

func f() {
	x := a.1
}
