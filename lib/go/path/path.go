// Package path implements utility routines for manipulating
// slash-separated paths. For paths of the operating system, use
// path/filepath (on Unix systems the rules are the same).
package path

import (
	"internal/pathmatch"
	"strings"
)

// Clean returns the shortest path name equivalent to path by purely
// lexical processing. It applies the following rules iteratively until no
// further processing can be done:
//
//  1. Replace multiple slashes with a single slash.
//  2. Eliminate each . path name element (the current directory).
//  3. Eliminate each inner .. path name element (the parent directory)
//     along with the non-.. element that precedes it.
//  4. Eliminate .. elements that begin a rooted path: that is, replace
//     "/.." by "/" at the beginning of a path.
//
// The returned path ends in a slash only if it is the root "/". If the
// result of this process is an empty string, Clean returns the string ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	// out collects the elements kept; dotdot is how many leading ".."
	// elements out starts with (they cannot be cancelled).
	var out []string
	dotdot := 0
	for _, elem := range strings.Split(path, "/") {
		switch elem {
		case "", ".":
			// empty (from "//" or a trailing slash) or current directory
		case "..":
			switch {
			case len(out) > dotdot:
				out = out[:len(out)-1]
			case !rooted:
				out = append(out, "..")
				dotdot++
			}
			// a rooted path's ".." at the root is dropped
		default:
			out = append(out, elem)
		}
	}
	s := strings.Join(out, "/")
	if rooted {
		return "/" + s
	}
	if s == "" {
		return "."
	}
	return s
}

// Split splits path immediately following the final slash, separating it
// into a directory and file name component. If there is no slash in path,
// Split returns an empty dir and file set to path. The returned values
// have the property that path = dir+file.
func Split(path string) (dir, file string) {
	i := strings.LastIndexByte(path, '/')
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating
// them with slashes. Empty elements are ignored. The result is Cleaned.
// However, if the argument list is empty or all its elements are empty,
// Join returns an empty string.
func Join(elem ...string) string {
	var nonEmpty []string
	for _, e := range elem {
		if e != "" {
			nonEmpty = append(nonEmpty, e)
		}
	}
	if len(nonEmpty) == 0 {
		return ""
	}
	return Clean(strings.Join(nonEmpty, "/"))
}

// Ext returns the file name extension used by path. The extension is the
// suffix beginning at the final dot in the final slash-separated element
// of path; it is empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed
// before extracting the last element. If the path is empty, Base returns
// ".". If the path consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	path = strings.TrimRight(path, "/")
	if path == "" {
		return "/"
	}
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		path = path[i+1:]
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element using Split, the path is
// Cleaned and trailing slashes are removed. If the path is empty, Dir
// returns ".". If the path consists entirely of slashes followed by
// non-slash bytes, Dir returns a single slash. In any other case, the
// returned path does not end in a slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = pathmatch.ErrBadPattern

// Match reports whether name matches the shell pattern. The pattern
// syntax is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed (also in the part of the pattern after a failed match).
func Match(pattern, name string) (matched bool, err error) {
	return pathmatch.Match(pattern, name, true)
}
