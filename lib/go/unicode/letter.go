// Package unicode provides data and functions to test some properties of
// Unicode code points.
//
// The range tables (tables.go) are generated from the Go toolchain's own
// unicode package by lib/gen/unicode_tables.go; the functions here search
// them. Latin-1 code points take fast paths that give the same answers as
// the tables.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices to save
// space: a slice of 16-bit ranges and a slice of 32-bit ranges. The two
// slices must be in sorted order and non-overlapping. Also, R32 should
// contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range
// runs from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one
// or more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion. Delta holds the numbers to add
// to the code point to reach the upper, lower and title case forms; the
// special value UpperLower marks alternating Upper/Lower pairs.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

type d [MaxCase]rune

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower is the Delta of a CaseRange made of alternating upper and
// lower case letters (upper at even offsets from Lo).
const UpperLower = MaxRune + 1

func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return Is(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return Is(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return Is(Letter, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return Is(Number, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return Is(Mark, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool {
	return Is(Punct, r)
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool {
	return Is(Symbol, r)
}

// IsControl reports whether the rune is a control character. The C (Other)
// Unicode category includes more code points such as surrogates; use
// Is(C, r) to test for them.
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || (0x7F <= r && r < 0xA0)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is
// '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols, and the ASCII space character.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return Is(L, r) || Is(M, r) || Is(N, r) || Is(P, r) || Is(S, r)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols, and spaces (categories L,
// M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return Is(L, r) || Is(M, r) || Is(N, r) || Is(P, r) || Is(S, r) || Is(Zs, r)
}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// lookupCase maps r through one of the case deltas of caseRange.
func lookupCase(ranges []CaseRange, _case int, r rune) (rune, bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := &ranges[m]
		if uint32(r) < cr.Lo {
			hi = m
		} else if uint32(r) > cr.Hi {
			lo = m + 1
		} else {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating pairs: upper case at even offsets from Lo,
				// lower case at odd ones; UpperCase and TitleCase are even.
				base := rune(cr.Lo)
				return base + ((r-base)&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
	}
	return r, false
}

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune {
	r, _ = lookupCase(CaseRanges, _case, r)
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps the rune to upper case giving priority to the special
// mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := lookupCase(special, UpperCase, r)
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special
// mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := lookupCase(special, TitleCase, r)
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special
// mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := lookupCase(special, LowerCase, r)
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding. Among the code points equivalent to
// rune (including rune itself), SimpleFold returns the smallest rune > r if
// one exists, or else the smallest rune >= 0. If r is not a valid Unicode
// code point, SimpleFold(r) returns r.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r <= MaxASCII && r != 'K' && r != 'k' && r != 'S' && r != 's' {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if 'a' <= r && r <= 'z' {
			return r - ('a' - 'A')
		}
		return r
	}
	lo, hi := 0, len(caseOrbit)
	for lo < hi {
		m := lo + (hi-lo)/2
		if rune(caseOrbit[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit) && rune(caseOrbit[lo].From) == r {
		return rune(caseOrbit[lo].To)
	}
	// A one- or two-element class: r and its other case.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
