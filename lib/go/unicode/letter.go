// Package unicode has Unicode's category, script and property tables and
// functions that classify and case-map code points with them.
//
// The range tables (tables.go) are generated from the Go toolchain's own
// unicode package by lib/gen/unicode_tables.go; the functions here search
// them. Latin-1 code points take fast paths that give the same answers as
// the tables.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the highest code point
	ReplacementChar = '\uFFFD'     // stands in for invalid input
	MaxASCII        = '\u007F'     // the last ASCII code point
	MaxLatin1       = '\u00FF'     // the last Latin-1 code point
)

// RangeTable is a set of code points given as sorted, disjoint ranges:
// those below 0x10000 in R16 and the rest in R32 (the split saves
// space).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // how many R16 ranges lie within Latin-1 (Hi <= MaxLatin1)
}

// Range16 is the code points Lo, Lo+Stride, Lo+2*Stride, ... up to Hi
// inclusive, all below 0x10000.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points that need more than 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange gives the simple (one code point to one code point) case
// mappings of the code points Lo to Hi. Delta holds the numbers to add
// to the code point to reach the upper, lower and title case forms; the
// special value UpperLower marks alternating Upper/Lower pairs.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase holds case mappings that a language (Turkish, say) uses
// instead of the standard ones.
type SpecialCase []CaseRange

type d [MaxCase]rune

// The cases, as indexes of CaseRange.Delta and arguments of To.
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

// Is reports whether r belongs to the set rangeTab.
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

// In reports whether r belongs to at least one of the sets ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the sets passed as a slice; prefer In.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsUpper reports whether r is an upper-case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return Is(Upper, r)
}

// IsLower reports whether r is a lower-case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return Is(Lower, r)
}

// IsTitle reports whether r is a title-case letter (category Lt).
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}

// IsLetter reports whether r is in category L.
func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return Is(Letter, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsNumber reports whether r is in category N.
func IsNumber(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return Is(Number, r)
}

// IsMark reports whether r is in category M.
func IsMark(r rune) bool {
	return Is(Mark, r)
}

// IsPunct reports whether r is in category P.
func IsPunct(r rune) bool {
	return Is(Punct, r)
}

// IsSymbol reports whether r is in category S.
func IsSymbol(r rune) bool {
	return Is(Symbol, r)
}

// IsControl reports whether r is a control character (category Cc).
// Category C as a whole, which also has surrogates and more, is tested
// with Is(C, r).
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || (0x7F <= r && r < 0xA0)
}

// IsSpace reports whether r has Unicode's White_Space property. Within
// Latin-1 those are '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL) and
// U+00A0 (NBSP).
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

// IsPrint reports whether Go counts r as printable: categories L, M, N,
// P and S, plus the ASCII space (but no other spaces).
func IsPrint(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return Is(L, r) || Is(M, r) || Is(N, r) || Is(P, r) || Is(S, r)
}

// IsGraphic reports whether r is graphic in Unicode's sense: in category
// L, M, N, P, S or Zs.
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return Is(L, r) || Is(M, r) || Is(N, r) || Is(P, r) || Is(S, r) || Is(Zs, r)
}

// PrintRanges are the tables behind IsPrint (the ASCII space aside).
var PrintRanges = []*RangeTable{L, M, N, P, S}

// GraphicRanges are the tables behind IsGraphic.
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

// To converts r to _case, which is UpperCase, LowerCase or TitleCase.
func To(_case int, r rune) rune {
	r, _ = lookupCase(CaseRanges, _case, r)
	return r
}

// ToUpper converts r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower converts r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle converts r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper converts r to upper case, using special's mapping where it has
// one.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := lookupCase(special, UpperCase, r)
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle converts r to title case, using special's mapping where it has
// one.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := lookupCase(special, TitleCase, r)
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower converts r to lower case, using special's mapping where it has
// one.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := lookupCase(special, LowerCase, r)
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// SimpleFold steps through the code points that simple case folding
// makes equivalent to r: it returns the next larger one, wrapping around
// to the smallest, so repeated calls cycle through the whole class (for
// 'A': 'a', then 'A'). An invalid r is returned unchanged.
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
