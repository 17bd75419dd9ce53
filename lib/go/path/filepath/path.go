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

// endOfWalk is what Walk and WalkDir return for fn's final answer err:
// SkipDir and SkipAll only stop the walk, they are not failures.
func endOfWalk(err error) error {
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// WalkDir calls fn for root and for every file and directory below it,
// in lexical order within each directory. It reads each directory whole
// (os.ReadDir) before visiting its entries and does not follow symbolic
// links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		return endOfWalk(fn(root, nil, err))
	}
	return endOfWalk(walkDir(root, fs.FileInfoToDirEntry(info), fn))
}

// walkDir visits p, whose entry is d, and everything below it. It returns
// nil to go on with p's next sibling; SkipDir (fn's answer for a file)
// also skips the siblings still to come, and any other error ends the
// walk.
func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	isDir := d.IsDir()
	err := fn(p, d, nil)
	if err == nil && isDir {
		entries, readErr := os.ReadDir(p)
		if readErr != nil {
			// fn hears about the directory a second time, now with the
			// error, and decides whether to go on.
			err = fn(p, d, readErr)
		}
		if err == nil {
			for _, e := range entries {
				err := walkDir(Join(p, e.Name()), e, fn)
				if err == SkipDir {
					break // the rest of this directory is skipped
				}
				if err != nil {
					return err
				}
			}
			return nil
		}
	}
	if err == SkipDir && isDir {
		return nil // this directory is skipped, its siblings are not
	}
	return err
}

// Walk visits the same files in the same order as WalkDir, but gives fn
// each file's os.Lstat information instead of a DirEntry (and reads a
// directory before, not after, calling fn for it).
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		return endOfWalk(fn(root, nil, err))
	}
	return endOfWalk(walk(root, info, fn))
}

// walk visits p, described by info, and everything below it, with the
// same meaning of its result as walkDir's.
func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, readErr := readDirNames(p)
	// fn sees the directory, and the error reading it if there was one.
	// A directory that could not be read is not entered; either way fn's
	// answer, SkipDir included, is for the caller to act on.
	if err := fn(p, info, readErr); err != nil || readErr != nil {
		return err
	}
	for _, name := range names {
		if err := walkEntry(Join(p, name), fn); err != nil {
			return err
		}
	}
	return nil
}

// walkEntry walks the directory entry at p for walk: nil means going on
// with the next entry, anything else ends the directory's walk with that
// result.
func walkEntry(p string, fn WalkFunc) error {
	info, err := os.Lstat(p)
	if err != nil {
		// fn is told; a SkipDir from it has nothing to skip.
		if err = fn(p, info, err); err == SkipDir {
			return nil
		}
		return err
	}
	err = walk(p, info, fn)
	if err == SkipDir && info.IsDir() {
		return nil // only this directory is skipped
	}
	return err
}

// readDirNames returns the names in the directory dir, sorted.
func readDirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		names = nil
	} else {
		sort.Strings(names)
	}
	return names, err
}

// Glob returns the existing files whose names fit pattern (Match's
// syntax, in any element, as in /usr/*/bin/ed), or nil when there are
// none. Errors reading directories are ignored; the only error returned
// is ErrBadPattern.
//
// A pattern with wildcards in its last element only is matched against
// the entries of its directory. Wildcards further up are resolved first,
// by Glob on the directory part, and the last element is then matched in
// each directory found, in order.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err // malformed
	}
	if !hasMeta(pattern) {
		// A plain name matches itself when the file exists.
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, last := Split(pattern)
	dir = cleanGlobPath(dir)
	dirs := []string{dir}
	if hasMeta(dir) {
		if dir == pattern {
			// The directory part would never get shorter.
			return nil, ErrBadPattern
		}
		if dirs, err = Glob(dir); err != nil {
			return nil, err
		}
	}
	for _, d := range dirs {
		if matches, err = glob(d, last, matches); err != nil {
			break
		}
	}
	return matches, err
}

// cleanGlobPath turns the directory part that Split returns into a name
// for it: "." for none, the root as it is, and otherwise the part without
// the separator Split leaves at its end.
func cleanGlobPath(dir string) string {
	switch {
	case dir == "":
		return "."
	case len(dir) > 1:
		return dir[:len(dir)-1]
	}
	return dir // "/"
}

// glob adds to matches, in name order, the paths of dir's entries whose
// names fit pattern and returns the result. A dir that does not exist,
// is no directory or cannot be read adds nothing.
func glob(dir, pattern string, matches []string) ([]string, error) {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return matches, nil
	}
	names, err := readDirNames(dir)
	if err != nil {
		return matches, nil
	}
	for _, name := range names {
		ok, err := Match(pattern, name)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, name))
		}
	}
	return matches, nil
}

// hasMeta reports whether p contains a character that is special to
// Match.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
