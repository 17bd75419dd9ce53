// The unicode tables decoded by natives (lib/unicode.c) at start-up agree
// with Go's: sizes and checksums of some tables and a sweep of the case
// and class functions over the first two planes.

package main

import (
	"fmt"
	"unicode"
)

func sum(name string, t *unicode.RangeTable) {
	h := uint64(len(t.R16))*1000003 + uint64(len(t.R32))*7 + uint64(t.LatinOffset)
	for _, r := range t.R16 {
		h = h*31 + uint64(r.Lo)
		h = h*31 + uint64(r.Hi)
		h = h*31 + uint64(r.Stride)
	}
	for _, r := range t.R32 {
		h = h*31 + uint64(r.Lo)
		h = h*31 + uint64(r.Hi)
		h = h*31 + uint64(r.Stride)
	}
	fmt.Println(name, len(t.R16), len(t.R32), t.LatinOffset, h)
}

func main() {
	sum("Latin", unicode.Latin)
	sum("Greek", unicode.Greek)
	sum("Han", unicode.Han)
	sum("Cyrillic", unicode.Cyrillic)
	sum("Arabic", unicode.Arabic)
	sum("L", unicode.L)
	sum("Lu", unicode.Lu)
	sum("Ll", unicode.Ll)
	sum("Lt", unicode.Lt)
	sum("M", unicode.M)
	sum("N", unicode.N)
	sum("Nd", unicode.Nd)
	sum("P", unicode.P)
	sum("S", unicode.S)
	sum("Z", unicode.Z)
	sum("C", unicode.C)
	sum("Zs", unicode.Zs)
	sum("White_Space", unicode.White_Space)
	sum("Dash", unicode.Dash)
	var h uint64
	for _, c := range unicode.CaseRanges {
		h = h*31 + uint64(c.Lo)
		h = h*31 + uint64(c.Hi)
		for _, d := range c.Delta {
			h = h*31 + uint64(uint32(d))
		}
	}
	fmt.Println("case", len(unicode.CaseRanges), h)
	n := 0
	for r := rune(0); r < 0x20000; r++ {
		if unicode.SimpleFold(r) != r {
			n += int(unicode.SimpleFold(r))
		}
		if unicode.IsUpper(r) { n += 3 }
		if unicode.IsLetter(r) { n += 5 }
		n += int(unicode.ToLower(r)) ^ int(unicode.ToTitle(r))
	}
	fmt.Println("fold", n)
}

// Output:
// Latin 29 0 5 4780811558524036758
// Greek 29 3 0 18099390716450302824
// Han 10 8 0 14141550852265830934
// Cyrillic 7 0 0 6023688523279692424
// Arabic 21 26 0 6096809428436972263
// L 359 227 6 5442932426774700447
// Lu 108 36 3 8529472262855799424
// Ll 122 34 4 16025665164566061809
// Lt 7 0 0 11246480817782581892
// M 180 101 0 15315614858727135153
// N 66 65 4 8104331408994231374
// Nd 37 24 1 99064977801881368
// P 114 47 11 13841517007600392876
// S 126 72 10 4730158454482650036
// Z 6 0 1 14933114903928170460
// C 14 8 2 1695543903945074880
// Zs 5 0 1 16405683429286384009
// White_Space 7 0 2 13162621931327061424
// Dash 13 1 0 7305877843054236939
// case 319 9966808425964697850
// fold 73029875
