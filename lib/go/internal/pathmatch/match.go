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

// Match reports whether name matches the shell pattern (the syntax of
// path.Match). When the match fails, checkRest asks for the rest of the
// pattern to be checked for syntax errors too (path.Match does it,
// filepath.Match does not).
func Match(pattern, name string, checkRest bool) (matched bool, err error) {
	const sep = '/'
	for len(pattern) > 0 {
		star, chunk, rest := scanChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// A trailing '*' matches the rest of the name unless it
			// has a separator.
			return strings.IndexByte(name, sep) < 0, nil
		}
		t, ok, err := matchChunk(chunk, name, sep)
		// The last chunk must consume the whole name; otherwise a star
		// may still find another match.
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		matchedLater := false
		if star {
			// Skip 1, 2, ... bytes of the name (never a separator).
			for i := 0; i < len(name) && name[i] != sep; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:], sep)
				if ok {
					if len(pattern) == 0 && len(t) > 0 {
						continue
					}
					name = t
					matchedLater = true
					break
				}
				if err != nil {
					return false, err
				}
			}
		}
		if matchedLater {
			continue
		}
		// No match: still report a malformed rest of the pattern.
		for checkRest && len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, "", sep); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// scanChunk splits pattern into its first chunk (the text up to the next
// unescaped '*' outside a class), whether stars came before the chunk,
// and the rest.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inrange := false
	i := 0
scan:
	for ; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			// The escaped byte is part of the chunk (errors are found
			// by matchChunk).
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inrange = true
		case ']':
			inrange = false
		case '*':
			if !inrange {
				break scan
			}
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches the star-free chunk against the start of s and, on
// success, returns what is left of s. The chunk's syntax is checked to its
// end even when the match fails early.
func matchChunk(chunk, s string, sep byte) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			match := false
			nrange := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && nrange > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = getEsc(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = getEsc(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					match = true
				}
				nrange++
			}
			if match == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == sep {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, ErrBadPattern
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// getEsc reads one character of a class from the front of chunk, taking
// a backslash escape into account, and returns it with the rest.
func getEsc(chunk string) (r rune, nchunk string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	nchunk = chunk[n:]
	if len(nchunk) == 0 {
		err = ErrBadPattern
	}
	return
}
