// Errors:
// err_toplevel_stmt.go:6:1: syntax error: non-declaration statement outside function body
// err_toplevel_stmt.go:10:1: syntax error: non-declaration statement outside function body
package p

x := 1

func f() {}

)
