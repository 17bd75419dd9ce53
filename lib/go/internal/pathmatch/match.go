// Package pathmatch is the shell pattern matching shared by path.Match
// and path/filepath.Match (which differ only in reporting syntax errors
// after a failed match).
package pathmatch

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBadPattern is the error for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// sep is the separator that '*' and '?' never match.
const sep = '/'

// Match reports whether name matches the shell pattern (the syntax of
// path.Match). When the match fails, checkRest asks for the rest of the
// pattern to be checked for syntax errors too (path.Match does it,
// filepath.Match does not).
//
// The pattern is taken as a series of chunks, each a run of star-free
// items that may follow one or more stars (see scanChunk). A chunk
// without stars must match at the current position in name; after stars
// it may also match further on, as long as the skipped text holds no
// separator. The first position that works is taken, except that the
// last chunk must use up the whole name.
func Match(pattern, name string, checkRest bool) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := scanChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// Stars ending the pattern take whatever is left of the
			// name, provided it has no separator.
			return strings.IndexByte(name, sep) < 0, nil
		}
		found := false
		for skip := 0; ; skip++ {
			left, ok, err := matchChunk(chunk, name[skip:])
			if ok && (pattern != "" || left == "") {
				name = left
				found = true
				break
			}
			if err != nil {
				return false, err
			}
			// Only stars may skip, and never past a separator.
			if !star || skip == len(name) || name[skip] == sep {
				break
			}
		}
		if found {
			continue
		}
		if checkRest {
			for pattern != "" {
				_, chunk, pattern = scanChunk(pattern)
				if _, _, err := matchChunk(chunk, ""); err != nil {
					return false, err
				}
			}
		}
		return false, nil
	}
	return name == "", nil
}

// scanChunk splits pattern into its first chunk (the text up to the next
// unescaped '*' outside a class), whether stars came before the chunk,
// and the rest.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	body := strings.TrimLeft(pattern, "*")
	star = len(body) < len(pattern)
	inClass := false
	end := 0
	for ; end < len(body); end++ {
		c := body[end]
		if c == '*' && !inClass {
			break
		}
		switch c {
		case '\\':
			// The escaped byte belongs to the chunk whatever it is; a
			// backslash ending the pattern is matchChunk's to reject.
			if end+1 < len(body) {
				end++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		}
	}
	return star, body[:end], body[end:]
}

// matchChunk matches the star-free chunk against the start of s and, on
// success, returns what is left of s. The chunk's syntax is checked to its
// end even when the match fails early.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	ok = true // false from the first item that does not match on
	for chunk != "" {
		if s == "" {
			ok = false
		}
		switch c := chunk[0]; c {
		case '[':
			var r rune // the rune tested; 0 once the match has failed
			if ok {
				var width int
				r, width = utf8.DecodeRuneInString(s)
				s = s[width:]
			}
			var in bool
			if in, chunk, err = inClass(chunk[1:], r); err != nil {
				return "", false, err
			}
			if !in {
				ok = false
			}
		case '?':
			chunk = chunk[1:]
			if ok {
				if s[0] == sep {
					ok = false
				}
				_, width := utf8.DecodeRuneInString(s)
				s = s[width:]
			}
		default:
			// A literal byte, possibly escaped.
			if c == '\\' {
				if len(chunk) == 1 {
					return "", false, ErrBadPattern
				}
				chunk = chunk[1:]
				c = chunk[0]
			}
			chunk = chunk[1:]
			if ok {
				if s[0] != c {
					ok = false
				}
				s = s[1:]
			}
		}
	}
	if !ok {
		return "", false, nil
	}
	return s, true, nil
}

// inClass parses the character class whose text (after the '[') starts
// class, and reports whether r belongs to it, along with the text after
// the closing ']'. A class is an optional '^' (negation) and then one or
// more characters or ranges lo-hi.
func inClass(class string, r rune) (in bool, rest string, err error) {
	negated := strings.HasPrefix(class, "^")
	if negated {
		class = class[1:]
	}
	for items := 0; ; items++ {
		if items > 0 && class != "" && class[0] == ']' {
			return in != negated, class[1:], nil
		}
		var lo, hi rune
		if lo, class, err = classChar(class); err != nil {
			return false, "", err
		}
		hi = lo
		if class[0] == '-' {
			if hi, class, err = classChar(class[1:]); err != nil {
				return false, "", err
			}
		}
		if lo <= r && r <= hi {
			in = true
		}
	}
}

// classChar takes one character, which a backslash may escape, from the
// front of a class's text and returns it with the text after it. An
// unescaped '-' or ']', an invalid UTF-8 byte, and a character with
// nothing after it (the class is never closed) are errors.
func classChar(class string) (r rune, rest string, err error) {
	if class == "" || class[0] == '-' || class[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if class[0] == '\\' {
		class = class[1:]
		if class == "" {
			return 0, "", ErrBadPattern
		}
	}
	r, width := utf8.DecodeRuneInString(class)
	if r == utf8.RuneError && width == 1 || width == len(class) {
		return 0, "", ErrBadPattern
	}
	return r, class[width:], nil
}
