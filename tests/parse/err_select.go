// Errors:
// err_select.go:6:9: syntax error: missing { after select clause
package p

func f() {
	select x {
	}
}
