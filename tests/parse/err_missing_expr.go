// Errors:
// err_missing_expr.go:7:1: syntax error: unexpected }, expected expression
package p

func f() {
	x := 1 +
}
