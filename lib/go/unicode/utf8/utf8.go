// Package utf8 encodes runes as UTF-8, decodes them, and validates and
// counts UTF-8 text.
//
// Decoding follows the Unicode standard's table of well-formed byte
// sequences: the first byte decides the length and the permitted range of
// the second byte (which rules out overlong forms and surrogates); any
// later byte must be a continuation byte 0x80..0xBF. An ill-formed
// sequence decodes as (RuneError, 1).
package utf8

const (
	RuneError = '\uFFFD'     // what invalid input decodes to (U+FFFD)
	RuneSelf  = 0x80         // runes below it are single bytes of the same value
	MaxRune   = '\U0010FFFF' // the highest code point
	UTFMax    = 4            // the longest encoding, in bytes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqInfo returns, for a leading byte b >= 0x80, the sequence length
// (0 for an invalid leading byte) and the allowed range of the second byte.
func seqInfo(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// FullRune reports whether p starts with a complete encoded rune, so
// that no more bytes are needed to decode it. An invalid start counts as
// complete: it decodes as RuneError of width 1.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	if p[0] < RuneSelf {
		return true
	}
	need, lo, hi := seqInfo(p[0])
	if need == 0 || n >= need {
		return true
	}
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	if n > 2 && (p[2] < 0x80 || 0xBF < p[2]) {
		return true
	}
	return false
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if s[0] < RuneSelf {
		return true
	}
	need, lo, hi := seqInfo(s[0])
	if need == 0 || n >= need {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || 0xBF < s[2]) {
		return true
	}
	return false
}

// DecodeRune decodes the rune at the start of p and returns it with its
// length in bytes: (RuneError, 0) for an empty p, (RuneError, 1) for an
// invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	need, lo, hi := seqInfo(b0)
	if need == 0 || n < need {
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if need == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if need == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	need, lo, hi := seqInfo(b0)
	if need == 0 || n < need {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if need == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if need == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeLastRune is DecodeRune for the rune at the end of p.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	// Back up over at most UTFMax-1 continuation bytes to a starter.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if !isCont(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if !isCont(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// RuneLen returns the length of r's encoding in bytes, or -1 when r is a
// surrogate or outside [0, MaxRune].
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes r's encoding (RuneError's for an invalid r) at the
// start of p, which must have room for it, and returns its length.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends r's encoding (RuneError's for an invalid r) to p and
// returns the result.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	if uint32(r) > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(p, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(p, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

// RuneCount returns how many runes p holds, counting every byte of an
// invalid or truncated encoding as one rune.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneStart reports whether b can begin an encoding, valid or not, that
// is, whether it is not a continuation byte (10xxxxxx).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p is correct UTF-8 throughout.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString is Valid for a string.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r may be encoded: it lies in [0, MaxRune] and
// is not a surrogate.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
