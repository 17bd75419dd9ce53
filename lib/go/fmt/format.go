package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

// flags holds the state of one verb's flags, width and precision.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	// %+v and %#v are recorded separately: for 'v' the '+' and '#' flags
	// move into plusV and sharpV and plus/sharp are cleared.
	plusV  bool
	sharpV bool
}

// formatter writes formatted values into buf according to its flags.
// wid and prec are meaningful only when widPresent/precPresent.
type formatter struct {
	buf *[]byte
	flags
	wid  int
	prec int
	// scratch space for numbers (sign, prefix and 64 binary digits fit)
	scratch [68]byte
}

// clearflags resets the flags before each verb. Like Go's, it leaves wid
// and prec alone: the width is parsed afresh for every verb, the precision
// only when the verb has one, so a Formatter asking Precision() of a verb
// without one sees the previous verb's value (with ok false), as in Go.
func (f *formatter) clearflags() {
	f.flags = flags{}
}

// writePadding appends n bytes of padding (zeros if f.zero).
func (f *formatter) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.zero {
		c = '0'
	}
	b := *f.buf
	for i := 0; i < n; i++ {
		b = append(b, c)
	}
	*f.buf = b
}

// pad appends b, padded to the width (counted in runes) on the left, or on
// the right with the '-' flag.
func (f *formatter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		*f.buf = append(*f.buf, b...)
		return
	}
	n := f.wid - utf8.RuneCount(b)
	if f.minus {
		*f.buf = append(*f.buf, b...)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		*f.buf = append(*f.buf, b...)
	}
}

// padString is pad for a string.
func (f *formatter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		*f.buf = append(*f.buf, s...)
		return
	}
	n := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		*f.buf = append(*f.buf, s...)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		*f.buf = append(*f.buf, s...)
	}
}

func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode writes u in U+ notation with at least four hex digits (or
// as many as the precision asks), and with '#' also the quoted character
// when it is printable.
func (f *formatter) fmtUnicode(u uint64) {
	orig := u
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
	}
	var hex [16]byte
	n := 0
	for {
		hex[n] = udigits[u&0xF]
		n++
		u >>= 4
		if u == 0 {
			break
		}
	}
	out := make([]byte, 0, 2+prec+n+8)
	out = append(out, 'U', '+')
	for z := prec - n; z > 0; z-- {
		out = append(out, '0')
	}
	for i := n - 1; i >= 0; i-- {
		out = append(out, hex[i])
	}
	if f.sharp && orig <= utf8.MaxRune && strconv.IsPrint(rune(orig)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(orig))
		out = append(out, '\'')
	}
	zero := f.zero
	f.zero = false
	f.pad(out)
	f.zero = zero
}

// fmtInteger formats u (two's complement negative if isSigned and the top
// bit is set) in base, with digits selecting the case of hex letters.
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	// Minimum number of digits: the precision, or with the '0' flag (and
	// no precision) the width less room for a sign.
	minDigits := 0
	if f.precPresent {
		minDigits = f.prec
		if minDigits == 0 && u == 0 {
			// Precision 0 and value 0 print nothing but the padding.
			zero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = zero
			return
		}
	} else if f.zero && f.widPresent {
		minDigits = f.wid
		if negative || f.plus || f.space {
			minDigits--
		}
	}
	// Digits are produced right to left into the scratch buffer (or a
	// larger one for huge precisions).
	buf := f.scratch[:]
	if need := minDigits + 6; need > len(buf) {
		buf = make([]byte, need)
	}
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digits[u-q*b]
		u = q
	}
	i--
	buf[i] = digits[u]
	for i > 0 && minDigits > len(buf)-i {
		i--
		buf[i] = '0'
	}
	if f.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	switch {
	case negative:
		i--
		buf[i] = '-'
	case f.plus:
		i--
		buf[i] = '+'
	case f.space:
		i--
		buf[i] = ' '
	}
	// Zero padding was done through minDigits (or is disabled by an
	// explicit precision).
	zero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = zero
}

// truncateString cuts s to the precision, counted in runes.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate is truncateString for bytes.
func (f *formatter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

func (f *formatter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

func (f *formatter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx formats a string or byte slice as hexadecimal: two digits per
// byte, "0x" prefixes with '#', spaces between bytes with ' '.
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if f.precPresent && f.prec < n {
		n = f.prec
	}
	width := 2 * n
	if width == 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.space {
		if f.sharp {
			width *= 2
		}
		width += n - 1
	} else if f.sharp {
		width += 2
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	out := *f.buf
	if f.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if f.space && i > 0 {
			out = append(out, ' ')
			if f.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	*f.buf = out
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *formatter) fmtSx(s, digits string) { f.fmtSbx(s, nil, digits) }

func (f *formatter) fmtBx(b []byte, digits string) { f.fmtSbx("", b, digits) }

// fmtQ formats a double-quoted (or, with '#' when possible, backquoted)
// string; '+' escapes non-ASCII.
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(f.scratch[:0], s))
	} else {
		f.pad(strconv.AppendQuote(f.scratch[:0], s))
	}
}

func runeOf(c uint64) rune {
	if c > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(c)
}

// fmtC formats the integer as the character it encodes.
func (f *formatter) fmtC(c uint64) {
	f.pad(utf8.AppendRune(f.scratch[:0], runeOf(c)))
}

// fmtQc writes the character c as a Go rune literal in single quotes.
func (f *formatter) fmtQc(c uint64) {
	r := runeOf(c)
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(f.scratch[:0], r))
	} else {
		f.pad(strconv.AppendQuoteRune(f.scratch[:0], r))
	}
}

// fmtFloat formats v (of size 32 or 64 bits) with strconv's verb and
// precision (the explicit precision, if any, wins), then applies the flags.
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num[0] is the sign: '+' is written only when asked for.
	num := strconv.AppendFloat(f.scratch[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Infinities and NaN are never zero padded; NaN shows a sign only
	// with '+' or ' '.
	if num[1] == 'I' || num[1] == 'N' {
		zero := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = zero
		return
	}
	if f.sharp && verb != 'b' {
		num = f.sharpFloat(num, verb, prec)
	}
	if f.plus || num[0] != '+' {
		// A sign goes before zero padding.
		if f.zero && f.widPresent && f.wid > len(num) {
			*f.buf = append(*f.buf, num[0])
			f.writePadding(f.wid - len(num))
			*f.buf = append(*f.buf, num[1:]...)
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}

// sharpFloat applies the '#' flag: always a decimal point, and for %g/%x
// trailing zeros kept up to the precision (6 when shortest).
func (f *formatter) sharpFloat(num []byte, verb rune, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	// Split off the exponent.
	var tail []byte
	mant := num
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			tail = append(tail, num[i:]...)
			mant = num[:i]
			break
		}
	}
	hasPoint := false
	seenNonzero := false
	for i := 1; i < len(mant); i++ {
		c := mant[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c != '0' {
			seenNonzero = true
		}
		if seenNonzero {
			digits--
		}
	}
	if !hasPoint {
		if len(mant) == 2 && mant[1] == '0' {
			digits-- // a lone leading zero counts once
		}
		mant = append(mant, '.')
	}
	for ; digits > 0; digits-- {
		mant = append(mant, '0')
	}
	return append(mant, tail...)
}
