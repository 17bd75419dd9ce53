// Errors:
// err_label.go:8:3: syntax error: missing statement after label
// err_label.go:10:1: syntax error: non-declaration statement outside function body
package p

func f() {
	{
	L: )
	}
}
