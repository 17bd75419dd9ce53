// Errors:
// err_range_vars.go:6:12: range clause permits at most two iteration variables
package p

func f() {
	for a, b, c := range x {
	}
}
