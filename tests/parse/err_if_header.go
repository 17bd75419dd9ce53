// Errors:
// err_if_header.go:8:5: syntax error: missing condition in if statement
// err_if_header.go:10:6: syntax error: missing condition in if statement
// err_if_header.go:12:6: syntax error: unexpected newline, expected { after if clause
package p

func f() {
	if {
	}
	if x; {
	}
	if x
	{
	}
}
