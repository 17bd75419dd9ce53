// Errors:
// err_after_decl.go:6:13: syntax error: unexpected func after top level declaration
// err_after_decl.go:8:11: syntax error: unexpected literal 2 after top level declaration
package p

func f() {} func g() {}

var x = 1 2
