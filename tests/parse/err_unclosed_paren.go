// Errors:
// err_unclosed_paren.go:6:9: syntax error: unexpected newline, expected )
package p

func f() {
	x := (1
}
