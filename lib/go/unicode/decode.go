package unicode

// Decoding of the compact tables written by lib/gen/unicode_tables.go:
// base-64 digits forming big-endian varints of 5-bit groups (a digit >= 32
// means more groups follow).

type decoder struct {
	s string
	i int
}

func digit(c byte) uint32 {
	switch {
	case c >= '0' && c <= '9':
		return uint32(c - '0')
	case c >= 'A' && c <= 'Z':
		return uint32(c-'A') + 10
	case c >= 'a' && c <= 'z':
		return uint32(c-'a') + 36
	case c == '+':
		return 62
	}
	return 63
}

func (d *decoder) num() uint32 {
	var v uint32
	for {
		g := digit(d.s[d.i])
		d.i++
		v = v<<5 | g&31
		if g < 32 {
			return v
		}
	}
}

func unzigzag(v uint32) int32 { return int32(v>>1) ^ -int32(v&1) }

func decodeTable(s string) *RangeTable {
	d := decoder{s: s}
	n16 := int(d.num())
	t := &RangeTable{}
	t.R16 = make([]Range16, 0, n16)
	prev := int64(-1)
	for d.i < len(d.s) {
		lo := uint32(prev + 1 + int64(d.num()))
		hi := lo + d.num()
		stride := d.num()
		prev = int64(hi)
		if len(t.R16) < n16 {
			t.R16 = append(t.R16, Range16{Lo: uint16(lo), Hi: uint16(hi), Stride: uint16(stride)})
			if hi <= MaxLatin1 {
				t.LatinOffset++
			}
		} else {
			t.R32 = append(t.R32, Range32{Lo: lo, Hi: hi, Stride: stride})
		}
	}
	return t
}

func decodeCaseRanges(s string) []CaseRange {
	d := decoder{s: s}
	n := int(d.num())
	cr := make([]CaseRange, n)
	prev := int64(-1)
	for i := 0; i < n; i++ {
		lo := uint32(prev + 1 + int64(d.num()))
		hi := lo + d.num()
		cr[i].Lo = lo
		cr[i].Hi = hi
		for j := 0; j < MaxCase; j++ {
			cr[i].Delta[j] = rune(unzigzag(d.num()))
		}
		prev = int64(hi)
	}
	return cr
}

type foldPair struct {
	From uint16
	To   uint16
}

func decodeOrbit(s string) []foldPair {
	d := decoder{s: s}
	n := int(d.num())
	o := make([]foldPair, n)
	for i := 0; i < n; i++ {
		o[i].From = uint16(d.num())
		o[i].To = uint16(d.num())
	}
	return o
}

// CaseRanges lists the simple case mappings of every letter that has
// another case.
var CaseRanges = decodeCaseRanges(caseData)

var caseOrbit = decodeOrbit(orbitData)
