// Errors:
// err_switch.go:9:2: syntax error: unexpected x, expected case or default or }
// err_switch.go:10:2: syntax error: unexpected }, expected :
// err_switch.go:11:11: syntax error: unexpected y, expected {
package p

func f() {
	switch x {
	x := 1
	}
	switch x y {
	}
}
