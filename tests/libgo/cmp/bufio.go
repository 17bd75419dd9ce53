// bufio: govmlib's bufio against the real package. Both read from readers
// that return the same pseudo-random chunk sizes (and sometimes zero-byte
// reads), and write to writers that record each Write call, so the test
// checks not only the results but every call made to the wrapped reader
// or writer.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"strings"

	gbufio "govmlib/bufio"
	gio "govmlib/io"
)

var pass, fail int

func check(name string, want, got any) bool {
	w, g := fmt.Sprintf("%#v", want), fmt.Sprintf("%#v", got)
	if w == g {
		pass++
		return true
	}
	fail++
	if fail <= 40 {
		fmt.Printf("FAIL %s\n  want %s\n  got  %s\n", name, w, g)
	}
	return false
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// chunkReader returns data in chunks whose sizes come from its own seeded
// generator; eof is the EOF value of the package under test.
type chunkReader struct {
	data        string
	r           *rand.Rand
	eof         error
	calls       []int
	eofWithData bool
}

func newChunk(data string, seed int64, eof error) *chunkReader {
	return &chunkReader{data: data, r: rand.New(rand.NewSource(seed)), eof: eof, eofWithData: seed%2 == 0}
}

func (c *chunkReader) Read(p []byte) (int, error) {
	c.calls = append(c.calls, len(p))
	if len(c.data) == 0 {
		return 0, c.eof
	}
	n := c.r.Intn(12)
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	n = copy(p, c.data[:n])
	c.data = c.data[n:]
	if len(c.data) == 0 && c.eofWithData {
		return n, c.eof
	}
	return n, nil
}

// recWriter records the sizes of Write calls; it fails after limit bytes
// when limit >= 0.
type recWriter struct {
	sb    strings.Builder
	calls []int
	limit int
}

var errFull = errors.New("writer full")

func (w *recWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, len(p))
	if w.limit >= 0 && w.sb.Len()+len(p) > w.limit {
		n := w.limit - w.sb.Len()
		w.sb.Write(p[:n])
		return n, errFull
	}
	w.sb.Write(p)
	return len(p), nil
}

var texts = []string{
	"", "a", "one line", "line1\nline2\nline3", "trailing newline\n", "\n\n\n", "crlf\r\nlines\r\n\r\nend\r",
	"  words  separated\tby \u00a0 spaces\u2003and\u3000more  ", "héllo wörld 日本語 🎉", "bad \xff\xfe utf8 \xc3",
	strings.Repeat("long line without newline ", 400), strings.Repeat("x", 5000) + "\n" + strings.Repeat("y", 70000) + "\nz",
	strings.Repeat("short\n", 3000),
}

func scanners() {
	splits := []struct {
		name string
		a    bufio.SplitFunc
		b    gbufio.SplitFunc
	}{
		{"lines", bufio.ScanLines, gbufio.ScanLines},
		{"words", bufio.ScanWords, gbufio.ScanWords},
		{"runes", bufio.ScanRunes, gbufio.ScanRunes},
		{"bytes", bufio.ScanBytes, gbufio.ScanBytes},
		{"commas", commaSplit(bufio.ErrFinalToken), commaSplit(gbufio.ErrFinalToken)},
	}
	for ti, text := range texts {
		for _, sp := range splits {
			for seed := int64(0); seed < 6; seed++ {
				for _, bufsize := range []int{0, 16, 100} {
					ra := newChunk(text, seed, io.EOF)
					rb := newChunk(text, seed, gio.EOF)
					a := bufio.NewScanner(ra)
					b := gbufio.NewScanner(rb)
					a.Split(sp.a)
					b.Split(sp.b)
					if bufsize > 0 {
						a.Buffer(make([]byte, bufsize), 4*bufsize)
						b.Buffer(make([]byte, bufsize), 4*bufsize)
					}
					var ta, tb []string
					for a.Scan() {
						ta = append(ta, a.Text())
					}
					for b.Scan() {
						tb = append(tb, b.Text())
					}
					name := fmt.Sprintf("scan text %d %s seed %d buf %d", ti, sp.name, seed, bufsize)
					check(name, ta, tb)
					check(name+" err", errs(a.Err()), errs(b.Err()))
					check(name+" reads", ra.calls, rb.calls)
				}
			}
		}
	}
}

// commaSplit splits at commas and stops at a "STOP" field.
func commaSplit(final error) func([]byte, bool) (int, []byte, error) {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				if string(data[:i]) == "STOP" {
					return i + 1, data[:i], final
				}
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
}

func readers() {
	r := rand.New(rand.NewSource(3))
	for ti, text := range texts {
		for trial := 0; trial < 40; trial++ {
			seed := int64(trial)
			size := []int{0, 16, 20, 64, 4096}[trial%5]
			ca := newChunk(text, seed, io.EOF)
			cb := newChunk(text, seed, gio.EOF)
			var a *bufio.Reader
			var b *gbufio.Reader
			if size == 0 {
				a, b = bufio.NewReader(ca), gbufio.NewReader(cb)
			} else {
				a, b = bufio.NewReaderSize(ca, size), gbufio.NewReaderSize(cb, size)
			}
			check("Size", a.Size(), b.Size())
			for op := 0; op < 60; op++ {
				name := fmt.Sprintf("reader text %d trial %d op %d", ti, trial, op)
				switch r.Intn(12) {
				case 0:
					p1 := make([]byte, r.Intn(30))
					p2 := make([]byte, len(p1))
					n1, e1 := a.Read(p1)
					n2, e2 := b.Read(p2)
					check(name+" Read", []any{n1, errs(e1), p1}, []any{n2, errs(e2), p2})
				case 1:
					c1, e1 := a.ReadByte()
					c2, e2 := b.ReadByte()
					check(name+" ReadByte", []any{c1, errs(e1)}, []any{c2, errs(e2)})
				case 2:
					r1, s1, e1 := a.ReadRune()
					r2, s2, e2 := b.ReadRune()
					check(name+" ReadRune", []any{r1, s1, errs(e1)}, []any{r2, s2, errs(e2)})
				case 3:
					check(name+" UnreadByte", errs(a.UnreadByte()), errs(b.UnreadByte()))
				case 4:
					check(name+" UnreadRune", errs(a.UnreadRune()), errs(b.UnreadRune()))
				case 5:
					n := r.Intn(40) - 2
					p1, e1 := a.Peek(n)
					p2, e2 := b.Peek(n)
					check(name+" Peek", []any{p1, errs(e1)}, []any{p2, errs(e2)})
				case 6:
					n := r.Intn(40) - 2
					d1, e1 := a.Discard(n)
					d2, e2 := b.Discard(n)
					check(name+" Discard", []any{d1, errs(e1)}, []any{d2, errs(e2)})
				case 7:
					l1, p1, e1 := a.ReadLine()
					l2, p2, e2 := b.ReadLine()
					check(name+" ReadLine", []any{l1, p1, errs(e1)}, []any{l2, p2, errs(e2)})
				case 8:
					s1, e1 := a.ReadString('\n')
					s2, e2 := b.ReadString('\n')
					check(name+" ReadString", []any{s1, errs(e1)}, []any{s2, errs(e2)})
				case 9:
					s1, e1 := a.ReadBytes(' ')
					s2, e2 := b.ReadBytes(' ')
					check(name+" ReadBytes", []any{s1, errs(e1)}, []any{s2, errs(e2)})
				case 10:
					s1, e1 := a.ReadSlice('o')
					s2, e2 := b.ReadSlice('o')
					check(name+" ReadSlice", []any{s1, errs(e1)}, []any{s2, errs(e2)})
				case 11:
					if r.Intn(5) == 0 {
						w1, w2 := &recWriter{limit: -1}, &recWriter{limit: -1}
						n1, e1 := a.WriteTo(w1)
						n2, e2 := b.WriteTo(w2)
						check(name+" WriteTo", []any{n1, errs(e1), w1.sb.String(), w1.calls}, []any{n2, errs(e2), w2.sb.String(), w2.calls})
					}
				}
				check(name+" Buffered", a.Buffered(), b.Buffered())
			}
			check(fmt.Sprintf("reader text %d trial %d reads", ti, trial), ca.calls, cb.calls)
		}
	}
}

func writers() {
	r := rand.New(rand.NewSource(4))
	for trial := 0; trial < 2000; trial++ {
		size := []int{0, 1, 3, 16, 64, 4096}[trial%6]
		limit := -1
		if trial%7 == 3 {
			limit = r.Intn(300)
		}
		wa, wb := &recWriter{limit: limit}, &recWriter{limit: limit}
		var a *bufio.Writer
		var b *gbufio.Writer
		if size == 0 {
			a, b = bufio.NewWriter(wa), gbufio.NewWriter(wb)
		} else {
			a, b = bufio.NewWriterSize(wa, size), gbufio.NewWriterSize(wb, size)
		}
		for op := 0; op < 30; op++ {
			name := fmt.Sprintf("writer trial %d op %d", trial, op)
			switch r.Intn(7) {
			case 0:
				p := []byte(strings.Repeat("ab", r.Intn(40)))
				n1, e1 := a.Write(p)
				n2, e2 := b.Write(p)
				check(name+" Write", []any{n1, errs(e1)}, []any{n2, errs(e2)})
			case 1:
				s := strings.Repeat("xyz", r.Intn(40))
				n1, e1 := a.WriteString(s)
				n2, e2 := b.WriteString(s)
				check(name+" WriteString", []any{n1, errs(e1)}, []any{n2, errs(e2)})
			case 2:
				check(name+" WriteByte", errs(a.WriteByte('q')), errs(b.WriteByte('q')))
			case 3:
				rr := []rune{'a', 'é', '日', '🎉', -5}[r.Intn(5)]
				n1, e1 := a.WriteRune(rr)
				n2, e2 := b.WriteRune(rr)
				check(name+" WriteRune", []any{n1, errs(e1)}, []any{n2, errs(e2)})
			case 4:
				check(name+" Flush", errs(a.Flush()), errs(b.Flush()))
			case 5:
				text := strings.Repeat("read from ", r.Intn(30))
				n1, e1 := a.ReadFrom(newChunk(text, int64(op), io.EOF))
				n2, e2 := b.ReadFrom(newChunk(text, int64(op), gio.EOF))
				check(name+" ReadFrom", []any{n1, errs(e1)}, []any{n2, errs(e2)})
			case 6:
				if r.Intn(6) == 0 {
					a.Reset(wa)
					b.Reset(wb)
				}
			}
			check(name+" state", []any{a.Buffered(), a.Available(), a.Size(), wa.sb.String(), wa.calls},
				[]any{b.Buffered(), b.Available(), b.Size(), wb.sb.String(), wb.calls})
		}
	}
}

func main() {
	scanners()
	readers()
	writers()
	fmt.Printf("bufio: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}
