// Errors:
// err_tilde.go:6:21: syntax error: unexpected }, expected type
// err_tilde.go:7:17: syntax error: unexpected ], expected ~ term or type
package p

type T interface{ ~ }
func f[P ~int | ](x P) {}
