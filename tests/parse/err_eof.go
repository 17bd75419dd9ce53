// Errors:
// err_eof.go:7:1: syntax error: unexpected EOF, expected }
package p

func f() {
	x := 1
