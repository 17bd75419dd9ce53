// Errors:
// err_brace_newline.go:6:1: syntax error: unexpected semicolon or newline before {
package p

func f()
{
}
