// Errors:
// err_assign_list.go:7:6: syntax error: unexpected newline, expected := or = or comma
// err_assign_list.go:8:6: syntax error: unexpected :=, expected expression
package p

func f() {
	x, y
	x = := 1
	x := 1 2
}
