// Package strconv turns booleans, integers, floating-point and complex
// numbers and quoted strings into text and back.
//
// Integers, booleans and quoting are written here in Go; floating-point
// conversion goes through two natives (formatFloat, parseFloat in
// lib/strconv.c) over the runtime's exact shortest/rounded float printer
// and correctly rounded parser.
package strconv

import "errors"

// IntSize is the width of int and uint in bits.
const IntSize = 64

// ErrRange is the NumError reason for a value too large or small for
// the requested type.
var ErrRange = errors.New("value out of range")

// ErrSyntax is the NumError reason for text that is not a well-formed
// value of the requested type.
var ErrSyntax = errors.New("invalid syntax")

// NumError is the error a failed parse returns.
type NumError struct {
	Func string // which parser failed, e.g. ParseInt
	Num  string // the text it was given
	Err  error  // why: ErrSyntax, ErrRange or another error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func cloneString(s string) string { return string([]byte(s)) }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is ParseInt for unsigned values; s may not start with a
// sign. Out-of-range values give the largest value of the size with
// ErrRange.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	orig := s
	prefixed := base == 0
	if prefixed {
		// "0b", "0o", "0x" need a digit after them to count as prefixes;
		// a lone leading 0 makes the rest octal.
		base = 10
		if s[0] == '0' {
			base, s = 8, s[1:]
			if len(s) >= 2 {
				switch lower(s[0]) {
				case 'b':
					base, s = 2, s[1:]
				case 'o':
					s = s[1:]
				case 'x':
					base, s = 16, s[1:]
				}
			}
		}
	} else if base < 2 || base > 36 {
		return 0, baseError(fn, orig, base)
	}
	switch {
	case bitSize == 0:
		bitSize = IntSize
	case bitSize < 0 || bitSize > 64:
		return 0, bitSizeError(fn, orig, bitSize)
	}
	limit := uint64(1)<<uint(bitSize) - 1 // the shift gives 0 for 64 bits
	b := uint64(base)
	sawUnderscore := false
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && prefixed {
			sawUnderscore = true
			continue
		}
		var d uint64
		switch {
		case '0' <= c && c <= '9':
			d = uint64(c - '0')
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = uint64(lower(c)-'a') + 10
		default:
			return 0, syntaxError(fn, orig)
		}
		if d >= b {
			return 0, syntaxError(fn, orig)
		}
		// v*b + d must stay within limit
		if d > limit || v > (limit-d)/b {
			return limit, rangeError(fn, orig)
		}
		v = v*b + d
	}
	if sawUnderscore && !underscoreOK(orig) {
		return 0, syntaxError(fn, orig)
	}
	return v, nil
}

// ParseInt reads s, with an optional leading sign, as an integer in base
// 2 to 36 that must fit in bitSize bits (1 to 64; 0 means int). With base
// 0 the prefix after the sign picks the base, "0b" 2, "0o" or "0" 8, "0x"
// 16, anything else 10, and underscores may separate digits as in Go
// source. Errors are *NumError; a value out of range comes back clamped
// to the nearest limit, with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	orig := s
	neg := s[0] == '-'
	if neg || s[0] == '+' {
		s = s[1:]
	}
	mag, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		e := err.(*NumError)
		e.Func, e.Num = fn, cloneString(orig)
		return 0, e
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	// the magnitude of the most negative value; the most positive is one less
	edge := uint64(1) << uint(bitSize-1)
	switch {
	case !neg && mag >= edge:
		return int64(edge - 1), rangeError(fn, orig)
	case neg && mag > edge:
		return -int64(edge), rangeError(fn, orig)
	case neg:
		return -int64(mag), nil
	}
	return int64(mag), nil
}

// Atoi is ParseInt(s, 10, 0) with the result as an int.
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	// Up to 18 digits cannot overflow an int: convert them directly.
	if n := len(s); n > 0 && n < 19 {
		digits := s
		if s[0] == '-' || s[0] == '+' {
			digits = s[1:]
			if digits == "" {
				return 0, syntaxError(fn, s)
			}
		}
		v := 0
		for i := 0; i < len(digits); i++ {
			d := digits[i] - '0'
			if d > 9 {
				return 0, syntaxError(fn, s)
			}
			v = v*10 + int(d)
		}
		if s[0] == '-' {
			v = -v
		}
		return v, nil
	}
	v, err := ParseInt(s, 10, 0)
	if e, ok := err.(*NumError); ok {
		e.Func = fn
	}
	return int(v), err
}

// underscoreOK checks the placement of the underscores in s: each must
// separate two digits, or a base prefix from a digit.
func underscoreOK(s string) bool {
	// saw is the class of the previous character: '^' at the start, '0'
	// after a digit or a base prefix, '_' after an underscore, '!' after
	// anything else.
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// ParseBool maps "1", "t", "T", "true", "TRUE" and "True" to true and
// "0", "f", "F", "false", "FALSE" and "False" to false; other text is a
// syntax error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns b as "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends FormatBool(b) to dst and returns the result.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}
