// Errors:
// err_numbers.go:14:10: invalid digit '2' in binary literal
// err_numbers.go:15:8: '_' must separate successive digits
// err_numbers.go:16:11: hexadecimal mantissa requires a 'p' exponent
// err_numbers.go:17:7: invalid digit '8' in octal literal
// err_numbers.go:18:9: 'e' exponent requires decimal mantissa
// err_numbers.go:19:8: exponent has no digits
// err_numbers.go:20:8: hexadecimal literal has no digits
// err_numbers.go:21:8: '_' must separate successive digits
// err_numbers.go:22:9: invalid radix point in binary literal
package p

var (
	a = 0b102
	b = 1__2
	c = 0x1.5
	d = 08
	e = 0o1e2
	f = 1e
	g = 0x
	h = 12_
	i = 0b1.0
	j = 0x_1 + 0_1
)
