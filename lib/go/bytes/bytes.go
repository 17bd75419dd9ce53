// Package bytes is the strings package's counterpart for byte slices,
// plus the Buffer and Reader types.
//
// Searching and comparing run the strings package's code on a read-only
// string view of the slices (view, a native that shares the bytes: no copy
// is made and the view never outlives the call). Functions returning parts
// of their argument slice the argument itself, with the capacities and the
// nil-versus-empty results of Go's package (checked by
// tests/libgo/cmp/bytes.go).
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinRead is the smallest buffer Buffer.ReadFrom hands to Read.
const MinRead = 512

// view returns a string sharing b's bytes (lib/bytes.c). The string must
// not be kept beyond the time b stays unmodified.
func view(b []byte) string

// Equal reports whether a and b hold the same bytes; nil counts as
// empty.
func Equal(a, b []byte) bool { return view(a) == view(b) }

// Compare orders a and b byte-wise and returns -1, 0 or +1 for a < b,
// a == b and a > b; nil counts as empty.
func Compare(a, b []byte) int { return strings.Compare(view(a), view(b)) }

// Clone returns a fresh copy of b's elements (possibly with spare
// capacity); a nil b gives nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Count returns how many times sep occurs in s without overlap; for an
// empty sep it returns the number of UTF-8 characters in s plus one.
func Count(s, sep []byte) int { return strings.Count(view(s), view(sep)) }

// Contains reports whether subslice occurs in b.
func Contains(b, subslice []byte) bool { return strings.Contains(view(b), view(subslice)) }

// ContainsAny reports whether b contains at least one rune of chars.
func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(view(b), chars) }

// ContainsRune reports whether the UTF-8 text b contains r.
func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(view(b), r) }

// ContainsFunc reports whether f is true for some rune of b.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Index returns where the first sep in s starts, or -1.
func Index(s, sep []byte) int { return strings.Index(view(s), view(sep)) }

// LastIndex returns where the last sep in s starts, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(view(s), view(sep)) }

// IndexByte returns the position of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the position of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte position of the first r in the UTF-8 text s,
// or -1. For r == utf8.RuneError it also stops at the first invalid UTF-8
// sequence.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(view(s), r) }

// IndexAny returns the byte position of the first rune of s that is also
// in chars, or -1 (always -1 for an empty chars).
func IndexAny(s []byte, chars string) int { return strings.IndexAny(view(s), chars) }

// LastIndexAny returns the byte position of the last rune of s that is
// also in chars, or -1 (always -1 for an empty chars).
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(view(s), chars) }

// IndexFunc returns the byte position of the first rune of s for which f
// is true, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(view(s), f) }

// LastIndexFunc returns the byte position of the last rune of s for which
// f is true, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(view(s), f) }

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && view(s[:len(prefix)]) == view(prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && view(s[len(s)-len(suffix):]) == view(suffix)
}

// EqualFold reports whether the UTF-8 texts s and t are equal when case
// is ignored, using Unicode simple case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(view(s), view(t)) }

// --- splitting ---

// explode cuts s into subslices of one character each (a lone byte for
// invalid UTF-8). With n > 0 it makes at most n pieces, the last holding
// the rest of s uncut.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	i := 0
	for len(s) > 0 {
		if i+1 == n {
			a[i] = s
			i++
			break
		}
		_, size := utf8.DecodeRune(s)
		a[i] = s[:size:size]
		s = s[size:]
		i++
	}
	return a[:i]
}

// genSplit splits s at each sep, keeping sepSave bytes of the separator in
// each piece, into at most n pieces (all of them if n < 0).
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	k := 0
	for k < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		end := m + sepSave
		a[k] = s[:end:end]
		s = s[m+len(sep):]
		k++
	}
	a[k] = s
	return a[:k+1]
}

// SplitN cuts s at the occurrences of sep and returns the pieces between
// them (sep dropped); an empty sep cuts after every UTF-8 sequence. n
// limits the pieces: n > 0 gives at most n, the last holding the rest of
// s uncut; n == 0 gives nil; n < 0 gives all.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN with each sep kept at the end of the piece
// before it.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split is SplitN with n = -1: every piece of s between occurrences of
// sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter is SplitAfterN with n = -1.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields returns the words of the UTF-8 text s: the non-empty subslices
// left after cutting at every run of unicode.IsSpace characters. Blank or
// empty s gives an empty slice.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc is Fields with f deciding which runes separate: it returns
// the non-empty subslices of s between runs of runes for which f is true
// (an empty slice when there are none).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	// One pass records the fields' spans (f is called once per rune, in
	// order), then the result is allocated at its exact size.
	type span struct{ start, end int }
	spans := make([]span, 0, 32)
	start := -1
	for i := 0; i < len(s); {
		size := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end:sp.end]
	}
	return a
}

// Join returns a new slice holding the elements of s with sep between
// neighbours.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		// A copy, which is nil for an empty element.
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, n)
	k := copy(b, s[0])
	for _, v := range s[1:] {
		k += copy(b[k:], sep)
		k += copy(b[k:], v)
	}
	return b
}

// Cut splits s at the first sep into the parts before and after it, with
// found true; when s has no sep it returns s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s minus prefix and true when s starts with prefix
// (always so for an empty prefix), or s and false otherwise.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s minus suffix and true when s ends with suffix
// (always so for an empty suffix), or s and false otherwise.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// --- building new slices ---

// Repeat returns a new slice holding b count times in a row. A negative
// count, or a length len(b)*count too large to represent, panics.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	r := make([]byte, len(b)*count)
	n := copy(r, b)
	for n < len(r) {
		n += copy(r[n:], r[:n])
	}
	return r
}

// Replace returns a copy of s in which the first n non-overlapping
// occurrences of old become new (all of them when n < 0). An empty old
// matches at the start and after every UTF-8 sequence, so k runes give
// k+1 matches.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll is Replace with n = -1.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a copy of the UTF-8 text s with each rune replaced by
// mapping's result for it; runes for which mapping returns a negative
// value are removed.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		wid := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// Runes decodes the UTF-8 text s into a slice of runes.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}

// ToUpper returns a copy of s with every letter in upper case.
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToLower returns a copy of s with every letter in lower case.
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// ToTitle returns a copy of s with every letter in title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial is ToUpper using c's case rules first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial is ToLower using c's case rules first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial is ToTitle using c's case rules first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of s with every run of invalid UTF-8 bytes
// replaced by one copy of replacement (possibly empty).
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // previous byte was from an invalid UTF-8 sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRune(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return b
}

// Title returns a copy of s with the first letter of each word in title
// case.
//
// Deprecated: its idea of where words start ignores most Unicode
// punctuation.
func Title(s []byte) []byte {
	return []byte(strings.Title(view(s)))
}

// --- trimming ---

// TrimLeftFunc returns s without the leading runes for which f is true.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns s without the trailing runes for which f is true.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRune(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns s without the leading and trailing runes for which f
// is true.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// indexFunc is IndexFunc with the predicate's sense given by truth.
func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		wid := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		if f(r) == truth {
			return i
		}
		i += wid
	}
	return -1
}

// lastIndexFunc is LastIndexFunc with the predicate's sense given by
// truth.
func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[0:i])
		}
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Trim strips from both ends of s every rune that appears in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		// The result is nil even for an empty, non-nil s.
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimRight(trimLeft(s, cutset), cutset)
}

// TrimLeft strips from the start of s every rune that appears in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

// TrimRight strips from the end of s every rune that appears in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRight(s, cutset)
}

func trimLeft(s []byte, cutset string) []byte {
	i := indexFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) }, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

func trimRight(s []byte, cutset string) []byte {
	return TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

// TrimSpace strips Unicode white space from both ends of s.
func TrimSpace(s []byte) []byte {
	lo, hi := 0, len(s)
	for lo < hi && s[lo] < utf8.RuneSelf && isASCIISpace(s[lo]) {
		lo++
	}
	for hi > lo && s[hi-1] < utf8.RuneSelf && isASCIISpace(s[hi-1]) {
		hi--
	}
	if (lo < hi && s[lo] >= utf8.RuneSelf) || (hi > lo && s[hi-1] >= utf8.RuneSelf) {
		return TrimFunc(s[lo:hi], unicode.IsSpace)
	}
	if lo == hi {
		// All white space: the result is nil, as in Go.
		return nil
	}
	return s[lo:hi]
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// TrimPrefix removes prefix from the start of s, if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix removes suffix from the end of s, if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
