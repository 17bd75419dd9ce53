// Errors:
// err_numbers2.go:9:8: invalid digit '8' in octal literal
// err_numbers2.go:10:11: exponent has no digits
// err_numbers2.go:11:7: 'p' exponent requires hexadecimal mantissa
// err_numbers2.go:12:10: exponent has no digits
package p

var (
	a = 0o8
	b = 1.5e+
	c = 1p2
	d = 0x1p
)
