// Package utf16 converts between runes and UTF-16 code units.
package utf16

const (
	replacementChar = '\uFFFD'     // stands in for invalid input
	maxRune         = '\U0010FFFF' // the highest code point

	// A rune r >= surrSelf becomes two units: r-surrSelf has 20 bits, the
	// top ten go into a unit in [surr1, surr2), the bottom ten into one in
	// [surr2, surr3).
	surr1    = 0xd800
	surr2    = 0xdc00
	surr3    = 0xe000
	surrSelf = 0x10000
)

// IsSurrogate reports whether r is in the surrogate range U+D800 to
// U+DFFF, reserved for the halves of pairs.
func IsSurrogate(r rune) bool {
	return surr1 <= r && r < surr3
}

// DecodeRune joins the surrogate pair r1, r2 into the rune it encodes, or
// returns U+FFFD when they are not a high and a low surrogate.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune splits r into its surrogate pair; a rune that needs no pair
// (below U+10000) or is invalid gives U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// RuneLen returns how many 16-bit units encode r (1 or 2), or -1 when r
// cannot be encoded (a surrogate or outside [0, U+10FFFF]).
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return 1
	case surrSelf <= r && r <= maxRune:
		return 2
	default:
		return -1
	}
}

// Encode converts s to UTF-16, writing U+FFFD for invalid runes.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, v := range s {
		if v >= surrSelf {
			n++
		}
	}
	a := make([]uint16, n)
	n = 0
	for _, v := range s {
		switch RuneLen(v) {
		case 1:
			a[n] = uint16(v)
			n++
		case 2:
			r1, r2 := EncodeRune(v)
			a[n] = uint16(r1)
			a[n+1] = uint16(r2)
			n += 2
		default:
			a[n] = uint16(replacementChar)
			n++
		}
	}
	return a[:n]
}

// AppendRune appends r's UTF-16 units (U+FFFD for an invalid r) to a and
// returns the result.
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

// Decode converts the UTF-16 units s to runes; a surrogate that is not
// part of a proper pair becomes U+FFFD.
func Decode(s []uint16) []rune {
	a := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		switch {
		case r < surr1, surr3 <= r:
			// not a surrogate: the unit is the rune
		case surr1 <= r && r < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			// a high surrogate followed by a low one
			r = DecodeRune(r, rune(s[i+1]))
			i++
		default:
			// a surrogate out of place
			r = replacementChar
		}
		a = append(a, r)
	}
	return a
}
