package strconv

// FormatFloat returns f as text in format fmt ('b', 'e', 'E', 'f', 'g',
// 'G', 'x' or 'X') with precision prec; prec -1 asks for the fewest digits
// that read back as the same value. bitSize (32 or 64) says which float
// type f stands for, which matters for rounding.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends FormatFloat's text for f to dst and returns the
// result.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

// ParseFloat reads s as a number rounded to a float of bitSize bits (32
// or 64). s may be a decimal or hexadecimal Go floating-point literal
// (underscores only with a base prefix) or one of "Inf", "+Inf", "-Inf",
// "Infinity" and "NaN" in any case. Errors are *NumError: ErrSyntax, or
// ErrRange with the result ±Inf (or ±0 on underflow, as the parser
// rounds).
func ParseFloat(s string, bitSize int) (float64, error) {
	f, status := parseFloat(s, bitSize)
	switch status {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// FormatComplex returns c as "(a+bi)", both parts formatted as FormatFloat
// does with fmt and prec; bitSize is 64 for complex64 and 128 for
// complex128 (anything else panics).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // each part is half as wide as the complex number
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// natives (lib/strconv.c)

// formatFloat is FormatFloat.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// parseFloat parses s; status 0 ok, 1 syntax error, 2 out of range.
func parseFloat(s string, bitSize int) (f float64, status int)
