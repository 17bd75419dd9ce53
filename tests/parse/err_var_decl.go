// Errors:
// err_var_decl.go:7:6: syntax error: unexpected newline, expected type
// err_var_decl.go:8:7: syntax error: unexpected :=, expected =
// err_var_decl.go:12:1: syntax error: unexpected ), expected expression
package p

var x
var y := 1
var (
	a int
	b = 1,
)
