package strconv

import (
	"sync"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"
const upperhex = "0123456789ABCDEF"

func quoteWith(s string, quote byte, ASCIIonly, graphicOnly bool) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, quote, ASCIIonly, graphicOnly))
}

func quoteRuneWith(r rune, quote byte, ASCIIonly, graphicOnly bool) string {
	return string(appendQuotedRuneWith(nil, r, quote, ASCIIonly, graphicOnly))
}

func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		r, width := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s[i:])
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[i]>>4])
			buf = append(buf, lowerhex[s[i]&0xF])
			i++
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
		i += width
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && isInGraphicList(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		buf = append(buf, `\x`...)
		buf = append(buf, lowerhex[byte(r)>>4])
		buf = append(buf, lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		fallthrough
	case r < 0x10000:
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	default:
		buf = append(buf, `\U`...)
		for s := 28; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	}
	return buf
}

// Quote returns s as a double-quoted Go string literal, escaping (\t,
// \n, \xFF, \u0100 and so on) control characters and whatever IsPrint
// rejects.
func Quote(s string) string { return quoteWith(s, '"', false, false) }

// AppendQuote appends Quote(s) to dst and returns the result.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, false)
}

// QuoteToASCII is Quote that also escapes every non-ASCII character.
func QuoteToASCII(s string) string { return quoteWith(s, '"', true, false) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst and returns the
// result.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote that leaves every IsGraphic character as it is.
func QuoteToGraphic(s string) string { return quoteWith(s, '"', false, true) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst and returns the
// result.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// QuoteRune returns r as a single-quoted Go character literal, escaped as
// Quote would; an invalid code point is written as U+FFFD.
func QuoteRune(r rune) string { return quoteRuneWith(r, '\'', false, false) }

// AppendQuoteRune appends QuoteRune(r) to dst and returns the result.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune that also escapes non-ASCII characters.
func QuoteRuneToASCII(r rune) string { return quoteRuneWith(r, '\'', true, false) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst and returns
// the result.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune that leaves IsGraphic characters as
// they are.
func QuoteRuneToGraphic(r rune) string { return quoteRuneWith(r, '\'', false, true) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst and
// returns the result.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, true)
}

// CanBackquote reports whether s could be written as a one-line raw
// (backquoted) literal as it is: valid UTF-8 without a backquote, a byte
// order mark, or control characters other than tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false // a byte order mark would be invisible
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or escape sequence of s, the
// inside of a literal quoted with quote (which then may not appear
// unescaped). It returns the value, whether its UTF-8 form takes more
// than one byte, the rest of s, and ErrSyntax for malformed input.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			// \x gives one byte, which need not be valid UTF-8
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ { // one digit already; two more
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

// QuotedPrefix returns the quoted literal, as Unquote understands them,
// that s begins with, or ErrSyntax when s does not begin with one.
func QuotedPrefix(s string) (string, error) {
	n := quotedLen(s)
	if n < 0 {
		return "", ErrSyntax
	}
	return s[:n], nil
}

// quotedLen returns the length of the quoted literal at the start of s, or
// -1 if there is none.
func quotedLen(s string) int {
	if len(s) < 2 {
		return -1
	}
	q := s[0]
	switch q {
	case '`':
		if i := indexByteString(s[1:], '`'); i >= 0 {
			return i + 2
		}
		return -1
	case '"', '\'':
	default:
		return -1
	}
	rest := s[1:]
	nchars := 0
	for len(rest) > 0 && rest[0] != q {
		if rest[0] == '\n' {
			return -1
		}
		_, _, tail, err := UnquoteChar(rest, q)
		if err != nil {
			return -1
		}
		rest = tail
		nchars++
		if q == '\'' && nchars > 1 {
			return -1
		}
	}
	// An empty '' is accepted, as Go's Unquote does.
	if len(rest) == 0 || (q == '\'' && nchars > 1) {
		return -1
	}
	return len(s) - len(rest) + 1
}

// Unquote returns the value of the Go literal s, which may be quoted
// with double quotes, backquotes or single quotes (a character literal,
// given back as a one-character string).
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 || s[0] != s[n-1] {
		return "", ErrSyntax
	}
	q := s[0]
	body := s[1 : n-1]
	switch q {
	case '`':
		if contains(body, '`') {
			return "", ErrSyntax
		}
		if !contains(body, '\r') {
			return body, nil
		}
		// A raw string's value leaves out its '\r' bytes.
		buf := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	if contains(body, '\n') {
		return "", ErrSyntax
	}
	if q == '"' && !contains(body, '\\') && !contains(body, '"') && utf8.ValidString(body) {
		return body, nil
	}
	buf := make([]byte, 0, len(body))
	nchars := 0
	for rest := body; len(rest) > 0; {
		r, multibyte, tail, err := UnquoteChar(rest, q)
		if err != nil {
			return "", err
		}
		rest = tail
		if r < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		nchars++
	}
	if q == '\'' && nchars > 1 {
		return "", ErrSyntax
	}
	return string(buf), nil
}

// indexByteString is strings.IndexByte (strconv cannot import strings).
func indexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func contains(s string, c byte) bool { return indexByteString(s, c) >= 0 }

// isPrintRanges holds the printable non-ASCII code points as sorted
// [lo, hi] pairs; decoded from isPrintData on first use (once, whichever
// goroutine gets there first).
var (
	isPrintRanges []uint32
	isPrintOnce   sync.Once
)

func decodeIsPrint() {
	d := isPrintData
	i := 0
	num := func() uint32 {
		var v uint32
		for {
			c := d[i]
			i++
			var g uint32
			switch {
			case c >= '0' && c <= '9':
				g = uint32(c - '0')
			case c >= 'A' && c <= 'Z':
				g = uint32(c-'A') + 10
			case c >= 'a' && c <= 'z':
				g = uint32(c-'a') + 36
			case c == '+':
				g = 62
			default:
				g = 63
			}
			v = v<<5 | g&31
			if g < 32 {
				return v
			}
		}
	}
	n := int(num())
	r := make([]uint32, 2*n)
	prev := int64(-1)
	for k := 0; k < n; k++ {
		lo := uint32(prev + 1 + int64(num()))
		hi := lo + num()
		r[2*k], r[2*k+1] = lo, hi
		prev = int64(hi)
	}
	isPrintRanges = r
}

// IsPrint reports whether r counts as printable, exactly as
// unicode.IsPrint decides: letters, marks, numbers, punctuation, symbols
// and the ASCII space.
func IsPrint(r rune) bool {
	if r < utf8.RuneSelf {
		return 0x20 <= r && r < 0x7F
	}
	if r > utf8.MaxRune {
		return false
	}
	isPrintOnce.Do(decodeIsPrint)
	u := uint32(r)
	lo, hi := 0, len(isPrintRanges)/2
	for lo < hi {
		m := lo + (hi-lo)/2
		if u < isPrintRanges[2*m] {
			hi = m
		} else if u > isPrintRanges[2*m+1] {
			lo = m + 1
		} else {
			return true
		}
	}
	return false
}

// IsGraphic reports whether r is graphic in Unicode's sense: in one of
// the categories L, M, N, P, S or Zs.
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	return isInGraphicList(r)
}

// isInGraphicList reports whether the rune is a space separator (Zs) other
// than U+0020: the graphic characters that IsPrint rejects.
func isInGraphicList(r rune) bool {
	switch {
	case r == 0x00A0, r == 0x1680, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	case 0x2000 <= r && r <= 0x200A:
		return true
	}
	return false
}
