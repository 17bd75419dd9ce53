// Errors:
// err_paren_complit.go:6:13: syntax error: cannot parenthesize type in composite literal
package p

func f() {
	var x = (T){}
}
