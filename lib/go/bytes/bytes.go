// Package bytes implements functions for the manipulation of byte slices.
// It is analogous to the facilities of the strings package.
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

// MinRead is the minimum slice size passed to a Read call by
// Buffer.ReadFrom.
const MinRead = 512

// view returns a string sharing b's bytes (lib/bytes.c). The string must
// not be kept beyond the time b stays unmodified.
func view(b []byte) string

// Equal reports whether a and b are the same length and contain the same
// bytes. A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool { return view(a) == view(b) }

// Compare returns an integer comparing two byte slices lexicographically.
// The result will be 0 if a == b, -1 if a < b, and +1 if a > b. A nil
// argument is equivalent to an empty slice.
func Compare(a, b []byte) int { return strings.Compare(view(a), view(b)) }

// Clone returns a copy of b[:len(b)]. The result may have additional
// unused capacity. Clone(nil) returns nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Count counts the number of non-overlapping instances of sep in s. If sep
// is an empty slice, Count returns 1 + the number of UTF-8-encoded code
// points in s.
func Count(s, sep []byte) int { return strings.Count(view(s), view(sep)) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return strings.Contains(view(b), view(subslice)) }

// ContainsAny reports whether any of the UTF-8-encoded code points in
// chars are within b.
func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(view(b), chars) }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded
// byte slice b.
func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(view(b), r) }

// ContainsFunc reports whether any of the UTF-8-encoded code points r
// within b satisfy f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Index returns the index of the first instance of sep in s, or -1 if sep
// is not present in s.
func Index(s, sep []byte) int { return strings.Index(view(s), view(sep)) }

// LastIndex returns the index of the last instance of sep in s, or -1 if
// sep is not present in s.
func LastIndex(s, sep []byte) int { return strings.LastIndex(view(s), view(sep)) }

// IndexByte returns the index of the first instance of c in b, or -1 if c
// is not present in b.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1
// if c is not present in s.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index of the first occurrence in s of the given rune,
// or -1 if rune is not present in s. If r is utf8.RuneError, it returns
// the first instance of any invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(view(s), r) }

// IndexAny interprets s as a sequence of UTF-8-encoded Unicode code
// points. It returns the byte index of the first occurrence in s of any of
// the Unicode code points in chars. It returns -1 if chars is empty or if
// there is no code point in common.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(view(s), chars) }

// LastIndexAny interprets s as a sequence of UTF-8-encoded Unicode code
// points. It returns the byte index of the last occurrence in s of any of
// the Unicode code points in chars. It returns -1 if chars is empty or if
// there is no code point in common.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(view(s), chars) }

// IndexFunc interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index in s of the first Unicode code point satisfying
// f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(view(s), f) }

// LastIndexFunc interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index in s of the last Unicode code point satisfying
// f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(view(s), f) }

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && view(s[:len(prefix)]) == view(prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && view(s[len(s)-len(suffix):]) == view(suffix)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding, which is a more general form of
// case-insensitivity.
func EqualFold(s, t []byte) bool { return strings.EqualFold(view(s), view(t)) }

// --- splitting ---

// explode splits s into a slice of UTF-8 sequences, one per Unicode code
// point (still slices of bytes), up to a maximum of n byte slices. Invalid
// UTF-8 sequences are chopped into individual bytes.
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

// SplitN slices s into subslices separated by sep and returns a slice of
// the subslices between those separators. If sep is empty, SplitN splits
// after each UTF-8 sequence. The count determines the number of subslices
// to return: n > 0: at most n subslices; the last subslice will be the
// unsplit remainder. n == 0: the result is nil (zero subslices). n < 0:
// all subslices.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep and
// returns a slice of those subslices, counting as SplitN does.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep and returns a slice
// of the subslices between those separators. If sep is empty, Split splits
// after each UTF-8 sequence. It is equivalent to SplitN with a count of
// -1.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep and
// returns a slice of those subslices.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields interprets s as a sequence of UTF-8-encoded code points. It
// splits the slice s around each instance of one or more consecutive white
// space characters, as defined by unicode.IsSpace, returning a slice of
// subslices of s or an empty slice if s contains only white space.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points. It
// splits the slice s at each run of code points c satisfying f(c) and
// returns a slice of subslices of s. If all code points in s satisfy f(c),
// or len(s) == 0, an empty slice is returned.
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

// Join concatenates the elements of s to create a new byte slice. The
// separator sep is placed between elements in the resulting slice.
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

// Cut slices s around the first instance of sep, returning the text before
// and after sep. The found result reports whether sep appears in s. If sep
// does not appear in s, cut returns s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without the provided leading prefix byte slice and
// reports whether it found the prefix. If s doesn't start with prefix,
// CutPrefix returns s, false. If prefix is the empty byte slice,
// CutPrefix returns s, true.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix byte slice and
// reports whether it found the suffix. If s doesn't end with suffix,
// CutSuffix returns s, false. If suffix is the empty byte slice, CutSuffix
// returns s, true.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// --- building new slices ---

// Repeat returns a new byte slice consisting of count copies of b. It
// panics if count is negative or if the result of (len(b) * count)
// overflows.
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

// Replace returns a copy of the slice s with the first n non-overlapping
// instances of old replaced by new. If old is empty, it matches at the
// beginning of the slice and after each UTF-8 sequence, yielding up to k+1
// replacements for a k-rune slice. If n < 0, there is no limit on the
// number of replacements.
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

// ReplaceAll returns a copy of the slice s with all non-overlapping
// instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a copy of the byte slice s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the byte slice with no replacement. The
// characters in s and the output are interpreted as UTF-8-encoded code
// points.
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

// Runes interprets s as a sequence of UTF-8-encoded code points. It
// returns a slice of runes (Unicode code points) equivalent to s.
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

// ToUpper returns a copy of the byte slice s with all Unicode letters
// mapped to their upper case.
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToLower returns a copy of the byte slice s with all Unicode letters
// mapped to their lower case.
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the
// Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial treats s as UTF-8-encoded bytes and returns a copy with
// all the Unicode letters mapped to their upper case, giving priority to
// the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial treats s as UTF-8-encoded bytes and returns a copy with
// all the Unicode letters mapped to their lower case, giving priority to
// the special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial treats s as UTF-8-encoded bytes and returns a copy with
// all the Unicode letters mapped to their title case, giving priority to
// the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each
// run of bytes representing invalid UTF-8 replaced with the bytes in
// replacement, which may be empty.
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

// Title treats s as UTF-8-encoded bytes and returns a copy with all
// Unicode letters that begin words mapped to their title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle
// Unicode punctuation properly.
func Title(s []byte) []byte {
	return []byte(strings.Title(view(s)))
}

// --- trimming ---

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s
// by slicing off all leading UTF-8-encoded code points c that satisfy
// f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points c that satisfy f(c).
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

// TrimFunc returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points c that satisfy f(c).
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

// Trim returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points contained in cutset.
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

// TrimLeft returns a subslice of s by slicing off all leading
// UTF-8-encoded code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeft(s, cutset)
}

// TrimRight returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points that are contained in cutset.
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

// TrimSpace returns a subslice of s by slicing off all leading and
// trailing white space, as defined by Unicode.
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

// TrimPrefix returns s without the provided leading prefix string. If s
// doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s
// doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
