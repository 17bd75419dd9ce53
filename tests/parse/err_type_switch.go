// Errors:
// err_type_switch.go:6:11: syntax error: cannot use assignment w = y.(type) as value
package p

func f() {
	switch w = y.(type) {
	}
}
