package unicode

// Decoding of the compact tables written by lib/gen/unicode_tables.go:
// base-64 digits forming big-endian varints of 5-bit groups (a digit >= 32
// means more groups follow).

// The decoders are natives (lib/unicode.c): this package decodes every
// table in its variable initialisers, which all programs importing fmt or
// strings run at start-up.

// decodeRanges decodes a RangeTable's ranges: the count of 16-bit ranges,
// then per range the gap from the previous Hi, the length and the stride.
func decodeRanges(s string) (r16 []Range16, r32 []Range32, latinOffset int)

func decodeTable(s string) *RangeTable {
	r16, r32, latin := decodeRanges(s)
	return &RangeTable{R16: r16, R32: r32, LatinOffset: latin}
}

// decodeCaseRanges decodes the count, then per range the gap, the length
// and the MaxCase deltas (zigzag-coded).
func decodeCaseRanges(s string) []CaseRange

type foldPair struct {
	From uint16
	To   uint16
}

// decodeOrbit decodes the count, then the pairs.
func decodeOrbit(s string) []foldPair

// CaseRanges lists the simple case mappings of every letter that has
// another case.
var CaseRanges = decodeCaseRanges(caseData)

var caseOrbit = decodeOrbit(orbitData)
