// Package utf16 converts between runes and UTF-16 code units.
package utf16

// A rune from U+10000 up is written as two surrogate units: take away
// pairBase and the remaining 20 bits are split, the top ten going into a
// high surrogate (highFirst onwards), the bottom ten into a low one
// (lowFirst onwards). The surrogates end just before surrogateEnd.
const (
	highFirst    = 0xd800
	lowFirst     = 0xdc00
	surrogateEnd = 0xe000
	pairBase     = 0x10000

	lastRune    = '\U0010FFFF' // the highest code point
	replacement = '\uFFFD'     // what invalid input turns into
)

func isHigh(r rune) bool { return r >= highFirst && r < lowFirst }
func isLow(r rune) bool  { return r >= lowFirst && r < surrogateEnd }

// IsSurrogate reports whether r is in the surrogate range U+D800 to
// U+DFFF, reserved for the halves of pairs.
func IsSurrogate(r rune) bool {
	return r >= highFirst && r < surrogateEnd
}

// DecodeRune joins the surrogate pair r1, r2 into the rune it encodes, or
// returns U+FFFD when they are not a high and a low surrogate.
func DecodeRune(r1, r2 rune) rune {
	if !isHigh(r1) || !isLow(r2) {
		return replacement
	}
	return pairBase + (r1-highFirst)<<10 + (r2 - lowFirst)
}

// EncodeRune splits r into its surrogate pair; a rune that needs no pair
// (below U+10000) or is invalid gives U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r >= pairBase && r <= lastRune {
		bits := r - pairBase
		return highFirst + bits>>10, lowFirst + bits&0x3ff
	}
	return replacement, replacement
}

// RuneLen returns how many 16-bit units encode r (1 or 2), or -1 when r
// cannot be encoded (a surrogate or outside [0, U+10FFFF]).
func RuneLen(r rune) int {
	if r < 0 || r > lastRune || IsSurrogate(r) {
		return -1
	}
	if r >= pairBase {
		return 2
	}
	return 1
}

// Encode converts s to UTF-16, writing U+FFFD for invalid runes.
func Encode(s []rune) []uint16 {
	// Room for one unit per rune and a second one for every rune from
	// U+10000 up (the invalid ones among them leave some of it unused).
	room := len(s)
	for _, r := range s {
		if r >= pairBase {
			room++
		}
	}
	out := make([]uint16, 0, room)
	for _, r := range s {
		out = AppendRune(out, r)
	}
	return out
}

// AppendRune appends r's UTF-16 units (U+FFFD for an invalid r) to a and
// returns the result.
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 2:
		hi, lo := EncodeRune(r)
		return append(a, uint16(hi), uint16(lo))
	case 1:
		return append(a, uint16(r))
	}
	return append(a, replacement)
}

// Decode converts the UTF-16 units s to runes; a surrogate that is not
// part of a proper pair becomes U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		if IsSurrogate(r) {
			if isHigh(r) && i+1 < len(s) && isLow(rune(s[i+1])) {
				i++
				r = DecodeRune(r, rune(s[i]))
			} else {
				r = replacement
			}
		}
		out = append(out, r)
	}
	return out
}
