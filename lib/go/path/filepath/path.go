// Package filepath handles file system paths by the rules of the host
// system. govm runs on Unix systems: the separator is '/', there are no
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

// ErrBadPattern is Match's error for a malformed pattern.
var ErrBadPattern = path.ErrBadPattern

// SkipDir and SkipAll are the values of io/fs.
var (
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// Clean simplifies p textually, as path.Clean does.
func Clean(p string) string { return path.Clean(p) }

// ToSlash turns separators into slashes; on Unix it returns p as is.
func ToSlash(p string) string { return p }

// FromSlash turns slashes into separators; on Unix it returns p as is.
func FromSlash(p string) string { return p }

// SplitList cuts a list such as $PATH at its ':' separators; an empty p
// gives an empty slice (where strings.Split would give [""]).
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Split cuts p after its last separator into dir and file (path.Split).
func Split(p string) (dir, file string) { return path.Split(p) }

// Join puts the non-empty elements together with separators and Cleans
// the result (path.Join).
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the extension of p's last element (path.Ext).
func Ext(p string) string { return path.Ext(p) }

// Base returns p's last element (path.Base).
func Base(p string) string { return path.Base(p) }

// Dir returns p without its last element (path.Dir).
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether p starts at the root.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns the volume name p starts with; Unix has none, so it
// is always "".
func VolumeName(p string) string { return "" }

// IsLocal reports whether p, judged as text alone, is non-empty, not
// absolute and does not climb out of the directory it is relative to
// (through ".." elements).
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

// Match reports whether all of name fits the shell pattern, whose syntax
// is path.Match's. Its only error is ErrBadPattern; unlike path.Match it
// does not look at the rest of the pattern once matching has failed.
func Match(pattern, name string) (matched bool, err error) {
	return pathmatch.Match(pattern, name, false)
}

// HasPrefix reports whether p starts with prefix, as plain strings.
//
// Deprecated: it ignores element boundaries ("/ab" has prefix "/a") and
// case-insensitive file systems.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns p made absolute, by joining it to the working directory
// when it is relative, and Cleaned.
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

// Rel returns a path that, joined to basepath, names targpath textually.
// It fails when there is none, for instance when only one of the two is
// absolute.
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

// EvalSymlinks returns p with every symbolic link along it replaced by
// its target, Cleaned. A relative p gives a relative result, unless some
// link points to an absolute path.
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

// WalkFunc is the callback Walk calls for every file and directory it
// reaches.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir calls fn for root and for every file and directory below it,
// in lexical order within each directory. It reads each directory whole
// (os.ReadDir) before visiting its entries and does not follow symbolic
// links.
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
			// fn asked to leave this directory out: done with it.
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// fn is called again for the directory, now with the error.
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

// Walk visits the same files in the same order as WalkDir, but gives fn
// each file's os.Lstat information instead of a DirEntry (and reads a
// directory before, not after, calling fn for it).
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
	// Stop here when the directory could not be read or fn returned an
	// error (SkipDir, SkipAll or its own); pass fn's answer on.
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

// readDirNames returns the names in the directory dirname, sorted.
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

// Glob returns the existing files whose names fit pattern (Match's
// syntax, in any element, as in /usr/*/bin/ed), or nil when there are
// none. Errors reading directories are ignored; the only error returned
// is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	// Reject a malformed pattern up front.
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
	// A directory part that does not shrink would recurse forever.
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

// cleanGlobPath turns the dir part of Split into a directory name: "."
// for "", the root as is, otherwise without the trailing slash.
func cleanGlobPath(p string) string {
	switch p {
	case "":
		return "."
	case "/":
		return p
	default:
		return p[0 : len(p)-1] // drop the trailing slash
	}
}

// glob appends to matches the paths of dir's entries whose names fit
// pattern; an unreadable dir adds nothing.
func glob(dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	fi, err := os.Stat(dir)
	if err != nil {
		return // no such directory: no matches
	}
	if !fi.IsDir() {
		return // not a directory: no matches
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

// hasMeta reports whether p contains a character that is special to
// Match.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
