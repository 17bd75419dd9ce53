// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths. govm runs on Unix systems: the separator is '/', there are no
// volume names, and the lexical functions are package path's.
package filepath

import (
	"errors"
	"internal/pathmatch"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = path.ErrBadPattern

// SkipDir and SkipAll are the values of io/fs.
var (
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// Clean returns the shortest path name equivalent to path by purely
// lexical processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// ToSlash returns the result of replacing each separator character in path
// with a slash ('/') character.
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash ('/') character in
// path with a separator character.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by the OS-specific
// ListSeparator, usually found in PATH or GOPATH environment variables.
// Unlike strings.Split, SplitList returns an empty slice when passed an
// empty string.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Split splits path immediately following the final Separator, separating
// it into a directory and file name component.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path, separating
// them with an OS specific Separator. Empty elements are ignored. The
// result is Cleaned.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's
// directory.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns leading volume name: always "" on Unix systems.
func VolumeName(p string) string { return "" }

// IsLocal reports whether path, using lexical analysis only, has all of
// these properties: is within the subtree rooted at the directory in which
// path is evaluated, is not an absolute path, is not empty.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	hasDots := false
	for q := p; q != ""; {
		var part string
		part, q, _ = strings.Cut(q, "/")
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		p = Clean(p)
	}
	return p != ".." && !strings.HasPrefix(p, "../")
}

// Match reports whether name matches the shell file name pattern (the
// syntax of path.Match). The only possible returned error is
// ErrBadPattern, when pattern is malformed; unlike path.Match, the part
// of the pattern after a failed match is not checked.
func Match(pattern, name string) (matched bool, err error) {
	return pathmatch.Match(pattern, name, false)
}

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not
// ignore case when required.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute representation of path. If the path is not
// absolute it will be joined with the current working directory to turn
// it into an absolute path.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath with an intervening separator. An error is
// returned if targpath can't be made relative to basepath.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Skip the common leading elements.
	var bs, ts []string
	if base != "" {
		bs = strings.Split(strings.TrimPrefix(base, "/"), "/")
	}
	if targ != "" {
		ts = strings.Split(strings.TrimPrefix(targ, "/"), "/")
	}
	if IsAbs(base) && base == "/" {
		bs = nil
	}
	if IsAbs(targ) && targ == "/" {
		ts = nil
	}
	i := 0
	for i < len(bs) && i < len(ts) && bs[i] == ts[i] {
		i++
	}
	if i < len(bs) && bs[i] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	var out []string
	for range bs[i:] {
		out = append(out, "..")
	}
	out = append(out, ts[i:]...)
	return strings.Join(out, "/"), nil
}

// EvalSymlinks returns the path name after the evaluation of any symbolic
// links. If path is relative the result will be relative to the current
// directory, unless one of the components is an absolute symbolic link.
// EvalSymlinks calls Clean on the result.
func EvalSymlinks(p string) (string, error) {
	const maxLinks = 255
	links := 0
	done := "" // resolved part
	rest := p
	if IsAbs(p) {
		done = "/"
	}
	for rest != "" {
		var elem string
		elem, rest, _ = strings.Cut(rest, "/")
		switch elem {
		case "", ".":
			continue
		case "..":
			if done == "" || done == "." {
				done = ".."
			} else if Base(done) == ".." {
				done = Join(done, "..")
			} else if done != "/" {
				done = Dir(done)
			}
			continue
		}
		next := Join(done, elem)
		if done == "" {
			next = elem
		}
		fi, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		links++
		if links > maxLinks {
			return "", errors.New("EvalSymlinks: too many links")
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		if IsAbs(target) {
			done = "/"
		}
		if rest != "" {
			rest = target + "/" + rest
		} else {
			rest = target
		}
	}
	if done == "" {
		return ".", nil
	}
	return Clean(done), nil
}

// WalkFunc is the type of the function called by Walk to visit each file
// or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. It reads each
// directory whole (os.ReadDir) before visiting its entries and does not
// follow symbolic links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			// Successfully skipped directory.
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// Second call, to report the ReadDir error.
		err = fn(p, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(Join(p, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order, with the
// files' os.Lstat information.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := readDirNames(p)
	err1 := fn(p, info, err)
	// If err != nil, walk can't walk into this directory. err1 != nil
	// means fn asked walk to skip it or stop.
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(p, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else {
			err = walk(filename, fileInfo, fn)
			if err != nil {
				if !fileInfo.IsDir() || err != SkipDir {
					return err
				}
			}
		}
	}
	return nil
}

// readDirNames reads the directory named by dirname and returns a sorted
// list of directory entry names.
func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// Glob returns the names of all files matching pattern or nil if there is
// no matching file. The syntax of patterns is the same as in Match. The
// pattern may describe hierarchical names such as /usr/*/bin/ed. Glob
// ignores file system errors such as I/O errors reading directories. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed.
func Glob(pattern string) (matches []string, err error) {
	// Check pattern is well-formed.
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	// Prevent infinite recursion.
	if dir == pattern {
		return nil, ErrBadPattern
	}
	var m []string
	m, err = Glob(dir)
	if err != nil {
		return
	}
	for _, d := range m {
		matches, err = glob(d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

// cleanGlobPath prepares path for glob matching.
func cleanGlobPath(p string) string {
	switch p {
	case "":
		return "."
	case "/":
		return p
	default:
		return p[0 : len(p)-1] // chop off trailing separator
	}
}

// glob searches for files matching pattern in the directory dir and
// appends them to matches.
func glob(dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	fi, err := os.Stat(dir)
	if err != nil {
		return // ignore I/O error
	}
	if !fi.IsDir() {
		return // ignore I/O error
	}
	names, err := readDirNames(dir)
	if err != nil {
		return
	}
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return m, err
		}
		if matched {
			m = append(m, Join(dir, n))
		}
	}
	return
}

// hasMeta reports whether path contains any of the magic characters
// recognized by Match.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
