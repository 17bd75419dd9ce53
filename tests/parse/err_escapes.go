// Errors:
// err_escapes.go:11:8: unknown escape
// err_escapes.go:12:9: invalid character '"' in hexadecimal escape
// err_escapes.go:13:9: invalid character 'Z' in hexadecimal escape
// err_escapes.go:14:11: invalid character '"' in hexadecimal escape
// err_escapes.go:15:8: unknown escape
// err_escapes.go:16:8: unknown escape
package p

var (
	a = "\q"
	b = "\x"
	c = "\xZZ"
	d = "\u12"
	e = "\'"
	f = '\"'
)
