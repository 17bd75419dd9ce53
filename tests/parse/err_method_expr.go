// Errors:
// err_method_expr.go:7:1: syntax error: unexpected }, expected type
package p

func f() {
	x.(
}
