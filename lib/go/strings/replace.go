package strings

import "io"

// Replacer substitutes strings for other strings.
//
// Matching: the input is scanned from left to right; at each position the
// earliest old string (in argument order) that occurs there is replaced and
// scanning resumes after it. An empty old string matches at every position,
// but not twice in a row at the same one.
type Replacer struct {
	oldnew []string
	// byteMap is set when every old string is a single byte: the index+1
	// of the first pair using that byte (0: no pair).
	byteMap *[256]int
	// byFirst lists, per first byte, the pair indexes (argument order) of
	// the non-empty old strings starting with it.
	byFirst  [][]int
	emptyOld int // index of the first pair with an empty old string, or -1
}

// NewReplacer makes a Replacer from arguments taken in pairs, each an old
// string followed by its replacement; matches never overlap, and where
// several old strings match at one position the earliest pair wins. An
// odd number of arguments panics.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), emptyOld: -1}
	allBytes := true
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			allBytes = false
		}
	}
	if allBytes {
		r.byteMap = new([256]int)
		for i := 0; i < len(oldnew); i += 2 {
			c := oldnew[i][0]
			if r.byteMap[c] == 0 {
				r.byteMap[c] = i/2 + 1
			}
		}
		return r
	}
	r.byFirst = make([][]int, 256)
	for i := 0; i < len(oldnew); i += 2 {
		if oldnew[i] == "" {
			if r.emptyOld < 0 {
				r.emptyOld = i / 2
			}
			continue
		}
		c := oldnew[i][0]
		r.byFirst[c] = append(r.byFirst[c], i/2)
	}
	return r
}

// match returns the pair matching s at position i, or -1.
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	best := -1
	if !skipEmpty {
		best = r.emptyOld
	}
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if best >= 0 && k > best {
				break
			}
			if HasPrefix(s[i:], r.oldnew[2*k]) {
				best = k
				break
			}
		}
	}
	return best
}

func (r *Replacer) replace(s string) (out []byte, changed bool) {
	if r.byteMap != nil {
		for i := 0; i < len(s); i++ {
			if k := r.byteMap[s[i]]; k != 0 {
				if !changed {
					out = make([]byte, 0, len(s))
					out = append(out, s[:i]...)
					changed = true
				}
				out = append(out, r.oldnew[2*k-1]...)
			} else if changed {
				out = append(out, s[i])
			}
		}
		return out, changed
	}
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[2*k]
		prevEmpty = old == ""
		if !changed {
			out = make([]byte, 0, len(s))
			changed = true
		}
		out = append(out, s[last:i]...)
		out = append(out, r.oldnew[2*k+1]...)
		i += len(old)
		last = i
	}
	if changed {
		out = append(out, s[last:]...)
	}
	return out, changed
}

// Replace returns s with every replacement applied.
func (r *Replacer) Replace(s string) string {
	out, changed := r.replace(s)
	if !changed {
		return s
	}
	return bytesToString(out)
}

// WriteString writes s to w with every replacement applied.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	out, changed := r.replace(s)
	if !changed {
		return io.WriteString(w, s)
	}
	return w.Write(out)
}
