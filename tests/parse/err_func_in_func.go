// Errors:
// err_func_in_func.go:7:7: syntax error: unexpected g, expected (
// err_func_in_func.go:8:1: syntax error: non-declaration statement outside function body
package p

func f() {
	func g() {}
}
