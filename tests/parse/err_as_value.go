// Errors:
// err_as_value.go:11:7: syntax error: cannot use x := 1 as value
// err_as_value.go:13:7: syntax error: cannot use assignment x = 5 as value
// err_as_value.go:15:6: syntax error: cannot use x++ as value
// err_as_value.go:17:10: syntax error: cannot use assignment a, b = 1, 2 as value
// err_as_value.go:19:11: syntax error: cannot use assignment (x + 1) = 2 as value
// err_as_value.go:21:7: syntax error: cannot use c <- 1 as value
package p

func f() {
	if x := 1 {
	}
	if x = 5 {
	}
	if x++ {
	}
	if a, b = 1, 2 {
	}
	if x + 1 = 2 {
	}
	if c <- 1 {
	}
}
