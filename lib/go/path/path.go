// Package path handles slash-separated paths, such as URL paths, purely
// as text. File system paths belong to path/filepath (whose rules on Unix
// systems are the same).
package path

import (
	"internal/pathmatch"
	"strings"
)

// Clean simplifies path textually, without looking at any file system:
// runs of slashes become one, "." elements go, a ".." element goes
// together with the ordinary element before it, and ".." elements right
// after the root of a rooted path go. The result has no trailing slash
// unless it is "/" itself, and an empty result is written ".".
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

// Split cuts path after its last slash into dir and file, so that
// dir+file == path; without a slash dir is empty.
func Split(path string) (dir, file string) {
	i := strings.LastIndexByte(path, '/')
	return path[:i+1], path[i+1:]
}

// Join puts the non-empty elements together with slashes between them
// and Cleans the result; with no non-empty element it returns "".
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

// Ext returns the extension of path's last element: from its last dot to
// the end, or "" when that element has no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns path's last element, ignoring trailing slashes; it
// returns "." for "" and "/" for a path of slashes only.
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

// IsAbs reports whether path starts with a slash.
func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

// Dir returns path without its last element, Cleaned (so "." for "",
// and "/" for "/" or a name right under the root); apart from "/", the
// result never ends in a slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// ErrBadPattern is Match's error for a malformed pattern.
var ErrBadPattern = pathmatch.ErrBadPattern

// Match reports whether all of name (not just part of it) fits the shell
// pattern, in which
//
//   - '*' stands for any run of characters other than '/',
//   - '?' stands for one character other than '/',
//   - '[' ... ']' stands for one character of a class: characters and
//     lo-hi ranges, at least one, negated by a leading '^'; inside it
//     '\\', '-' and ']' must be escaped to stand for themselves,
//   - '\\' makes the character after it stand for itself,
//   - any other character stands for itself.
//
// The only error is ErrBadPattern, for a malformed pattern; it is
// reported even when the bad part lies after the point where matching
// failed.
func Match(pattern, name string) (matched bool, err error) {
	return pathmatch.Match(pattern, name, true)
}
