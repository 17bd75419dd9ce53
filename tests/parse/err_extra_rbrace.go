// Errors:
// err_extra_rbrace.go:6:2: syntax error: unexpected } after top level declaration
package p

func f() {
}}
