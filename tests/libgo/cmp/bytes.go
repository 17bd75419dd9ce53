// bytes: govmlib's bytes against the real package, comparing results with
// %#v (which tells nil from empty slices) and the capacities of returned
// subslices; Buffer and Reader over scripted operation sequences.
package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"os"
	"strings"
	"unicode"

	gbytes "govmlib/bytes"
	gstrings "govmlib/strings"
)

var pass, fail int

func check(name string, want, got any) bool {
	w, g := fmt.Sprintf("%#v", want), fmt.Sprintf("%#v", got)
	if w == g {
		pass++
		return true
	}
	fail++
	if fail <= 60 {
		fmt.Printf("FAIL %s\n  want %s\n  got  %s\n", name, w, g)
	}
	return false
}

// shape describes a [][]byte with element capacities.
func shape(a [][]byte) string {
	if a == nil {
		return "nil"
	}
	s := fmt.Sprintf("len %d cap %d:", len(a), cap(a))
	for _, e := range a {
		s += fmt.Sprintf(" %#v/%d", e, cap(e))
	}
	return s
}

func bs(s string, nilIfEmpty bool) []byte {
	if s == "" && nilIfEmpty {
		return nil
	}
	return []byte(s)
}

var samples = []string{
	"", " ", "a", "abc", "Hello, World", "  leading and trailing  ", "\t\n x \r\v\f",
	"héllo wörld", "日本語テキスト", "a,b,,c,", ",", ",,", "a--b---c", "aaaa", "abababab",
	"\xff\xfe bad \xc3", "\xc3\x28", "x\u00a0y\u2003z\u3000", "k\u212a K k", "ß ẞ ﬁ",
	"UPPER lower Title", "hello_world-foo bar.baz", "  \u2003 ", "\u0085x\u0085",
}
var seps = []string{"", ",", "-", "--", "a", "ab", "é", " ", "xyz", "\xff"}

func main() {
	for _, s := range samples {
		for _, nilS := range []bool{false, true} {
			a := bs(s, nilS)
			b := bs(s, nilS)
			q := fmt.Sprintf("%q nil=%v", s, nilS)
			check("Fields "+q, shape(bytes.Fields(a)), shape(gbytes.Fields(b)))
			check("FieldsFunc "+q, shape(bytes.FieldsFunc(a, unicode.IsPunct)), shape(gbytes.FieldsFunc(b, unicode.IsPunct)))
			check("TrimSpace "+q, bytes.TrimSpace(a), gbytes.TrimSpace(b))
			for _, cs := range []string{"", " ", "a", "ab", " \t\n", "é日", "\xff"} {
				check("Trim "+q+cs, bytes.Trim(a, cs), gbytes.Trim(b, cs))
				check("TrimLeft "+q+cs, bytes.TrimLeft(a, cs), gbytes.TrimLeft(b, cs))
				check("TrimRight "+q+cs, bytes.TrimRight(a, cs), gbytes.TrimRight(b, cs))
				check("ContainsAny "+q+cs, bytes.ContainsAny(a, cs), gbytes.ContainsAny(b, cs))
				check("IndexAny "+q+cs, bytes.IndexAny(a, cs), gbytes.IndexAny(b, cs))
				check("LastIndexAny "+q+cs, bytes.LastIndexAny(a, cs), gbytes.LastIndexAny(b, cs))
			}
			check("TrimFunc "+q, bytes.TrimFunc(a, unicode.IsLetter), gbytes.TrimFunc(b, unicode.IsLetter))
			check("TrimLeftFunc "+q, bytes.TrimLeftFunc(a, unicode.IsSpace), gbytes.TrimLeftFunc(b, unicode.IsSpace))
			check("TrimRightFunc "+q, bytes.TrimRightFunc(a, unicode.IsSpace), gbytes.TrimRightFunc(b, unicode.IsSpace))
			check("IndexFunc "+q, bytes.IndexFunc(a, unicode.IsSpace), gbytes.IndexFunc(b, unicode.IsSpace))
			check("LastIndexFunc "+q, bytes.LastIndexFunc(a, unicode.IsUpper), gbytes.LastIndexFunc(b, unicode.IsUpper))
			check("ToUpper "+q, string(bytes.ToUpper(a)), string(gbytes.ToUpper(b)))
			check("ToLower "+q, string(bytes.ToLower(a)), string(gbytes.ToLower(b)))
			check("ToTitle "+q, string(bytes.ToTitle(a)), string(gbytes.ToTitle(b)))
			check("Title "+q, string(bytes.Title(a)), string(gbytes.Title(b)))
			check("ToValidUTF8 "+q, string(bytes.ToValidUTF8(a, []byte("?"))), string(gbytes.ToValidUTF8(b, []byte("?"))))
			check("Runes "+q, bytes.Runes(a), gbytes.Runes(b))
			check("Map "+q, string(bytes.Map(func(r rune) rune {
				if r == 'a' {
					return -1
				}
				return r + 1
			}, a)), string(gbytes.Map(func(r rune) rune {
				if r == 'a' {
					return -1
				}
				return r + 1
			}, b)))
			check("Repeat "+q, bytes.Repeat(a, 3), gbytes.Repeat(b, 3))
			check("Repeat0 "+q, bytes.Repeat(a, 0), gbytes.Repeat(b, 0))
			// Clone is Go 1.20: a copy, nil for nil.
			if a == nil {
				check("Clone "+q, []byte(nil), gbytes.Clone(b))
			} else {
				check("Clone "+q, append([]byte{}, a...), gbytes.Clone(b))
			}
			check("IndexRune "+q, bytes.IndexRune(a, 'é'), gbytes.IndexRune(b, 'é'))
			check("IndexRuneErr "+q, bytes.IndexRune(a, unicode.ReplacementChar), gbytes.IndexRune(b, unicode.ReplacementChar))
			check("ContainsRune "+q, bytes.ContainsRune(a, 'o'), gbytes.ContainsRune(b, 'o'))
			check("IndexByte "+q, bytes.IndexByte(a, ' '), gbytes.IndexByte(b, ' '))
			check("LastIndexByte "+q, bytes.LastIndexByte(a, 'a'), gbytes.LastIndexByte(b, 'a'))
			for _, sep := range seps {
				for _, nilSep := range []bool{false, true} {
					p := bs(sep, nilSep)
					qq := fmt.Sprintf("%s sep %q nil=%v", q, sep, nilSep)
					check("Split "+qq, shape(bytes.Split(a, p)), shape(gbytes.Split(b, p)))
					check("SplitAfter "+qq, shape(bytes.SplitAfter(a, p)), shape(gbytes.SplitAfter(b, p)))
					for n := -1; n <= 3; n++ {
						check(fmt.Sprint("SplitN ", n, qq), shape(bytes.SplitN(a, p, n)), shape(gbytes.SplitN(b, p, n)))
						check(fmt.Sprint("SplitAfterN ", n, qq), shape(bytes.SplitAfterN(a, p, n)), shape(gbytes.SplitAfterN(b, p, n)))
						check(fmt.Sprint("Replace ", n, qq), bytes.Replace(a, p, []byte("<>"), n), gbytes.Replace(b, p, []byte("<>"), n))
					}
					check("ReplaceAll "+qq, bytes.ReplaceAll(a, p, nil), gbytes.ReplaceAll(b, p, nil))
					check("Index "+qq, bytes.Index(a, p), gbytes.Index(b, p))
					check("LastIndex "+qq, bytes.LastIndex(a, p), gbytes.LastIndex(b, p))
					check("Count "+qq, bytes.Count(a, p), gbytes.Count(b, p))
					check("Contains "+qq, bytes.Contains(a, p), gbytes.Contains(b, p))
					check("HasPrefix "+qq, bytes.HasPrefix(a, p), gbytes.HasPrefix(b, p))
					check("HasSuffix "+qq, bytes.HasSuffix(a, p), gbytes.HasSuffix(b, p))
					check("TrimPrefix "+qq, bytes.TrimPrefix(a, p), gbytes.TrimPrefix(b, p))
					check("TrimSuffix "+qq, bytes.TrimSuffix(a, p), gbytes.TrimSuffix(b, p))
					check("Equal "+qq, bytes.Equal(a, p), gbytes.Equal(b, p))
					check("Compare "+qq, bytes.Compare(a, p), gbytes.Compare(b, p))
					check("EqualFold "+qq, bytes.EqualFold(a, p), gbytes.EqualFold(b, p))
					b1, a1, f1 := bytes.Cut(a, p)
					b2, a2, f2 := gbytes.Cut(b, p)
					check("Cut "+qq, []any{b1, a1, f1}, []any{b2, a2, f2})
					check("Join "+qq, bytes.Join(bytes.Split(a, []byte(",")), p), gbytes.Join(gbytes.Split(b, []byte(",")), p))
				}
			}
		}
	}
	check("Join nil", bytes.Join(nil, []byte(",")), gbytes.Join(nil, []byte(",")))
	check("Join one empty", bytes.Join([][]byte{{}}, []byte(",")), gbytes.Join([][]byte{{}}, []byte(",")))
	check("EqualFold", bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), gbytes.EqualFold([]byte("Straße"), []byte("STRASSE")))

	buffers()
	readers()
	fmt.Printf("bytes: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// buffers runs the same random operation sequences on both Buffers and
// compares every result, Len and Cap.
func buffers() {
	r := rand.New(rand.NewSource(7))
	for trial := 0; trial < 3000; trial++ {
		var a bytes.Buffer
		var b gbytes.Buffer
		if trial%3 == 1 {
			a = *bytes.NewBufferString("initial text\nwith lines\n")
			b = *gbytes.NewBufferString("initial text\nwith lines\n")
		} else if trial%3 == 2 {
			a = *bytes.NewBuffer(make([]byte, 0, 10))
			b = *gbytes.NewBuffer(make([]byte, 0, 10))
		}
		var hist []string
		for op := 0; op < 40; op++ {
			name := fmt.Sprintf("buffer trial %d op %d", trial, op)
			k := r.Intn(17)
			hist = append(hist, fmt.Sprint(k, "(", a.Len(), a.Cap(), ")"))
			switch k {
			case 0:
				s := strings.Repeat("xyz\n", r.Intn(60))
				n1, e1 := a.WriteString(s)
				n2, e2 := b.WriteString(s)
				check(name+" WriteString", []any{n1, errs(e1)}, []any{n2, errs(e2)})
			case 1:
				p := []byte(strings.Repeat("é", r.Intn(100)))
				n1, _ := a.Write(p)
				n2, _ := b.Write(p)
				check(name+" Write", n1, n2)
			case 2:
				c := byte('a' + r.Intn(26))
				a.WriteByte(c)
				b.WriteByte(c)
			case 3:
				rr := []rune{'x', 'é', '日', '🎉', -1, 0x10FFFF + 1}[r.Intn(6)]
				n1, _ := a.WriteRune(rr)
				n2, _ := b.WriteRune(rr)
				check(name+" WriteRune", n1, n2)
			case 4:
				p1 := make([]byte, r.Intn(50))
				p2 := make([]byte, len(p1))
				n1, e1 := a.Read(p1)
				n2, e2 := b.Read(p2)
				check(name+" Read", []any{n1, errs(e1), p1}, []any{n2, errs(e2), p2})
			case 5:
				c1, e1 := a.ReadByte()
				c2, e2 := b.ReadByte()
				check(name+" ReadByte", []any{c1, errs(e1)}, []any{c2, errs(e2)})
			case 6:
				r1, s1, e1 := a.ReadRune()
				r2, s2, e2 := b.ReadRune()
				check(name+" ReadRune", []any{r1, s1, errs(e1)}, []any{r2, s2, errs(e2)})
			case 7:
				check(name+" UnreadByte", errs(a.UnreadByte()), errs(b.UnreadByte()))
			case 8:
				check(name+" UnreadRune", errs(a.UnreadRune()), errs(b.UnreadRune()))
			case 9:
				l1, e1 := a.ReadString('\n')
				l2, e2 := b.ReadString('\n')
				check(name+" ReadString", []any{l1, errs(e1)}, []any{l2, errs(e2)})
			case 10:
				l1, e1 := a.ReadBytes('z')
				l2, e2 := b.ReadBytes('z')
				check(name+" ReadBytes", []any{l1, errs(e1)}, []any{l2, errs(e2)})
			case 11:
				n := r.Intn(30)
				check(name+" Next", a.Next(n), b.Next(n))
			case 12:
				n := r.Intn(300)
				a.Grow(n)
				b.Grow(n)
			case 13:
				if a.Len() > 0 {
					n := r.Intn(a.Len())
					a.Truncate(n)
					b.Truncate(n)
				}
			case 14:
				src := strings.Repeat("0123456789", r.Intn(200))
				n1, e1 := a.ReadFrom(strings.NewReader(src))
				n2, e2 := b.ReadFrom(gstrings.NewReader(src))
				check(name+" ReadFrom", []any{n1, errs(e1)}, []any{n2, errs(e2)})
			case 15:
				var w1, w2 strings.Builder
				n1, e1 := a.WriteTo(&w1)
				n2, e2 := b.WriteTo(&w2)
				check(name+" WriteTo", []any{n1, errs(e1), w1.String()}, []any{n2, errs(e2), w2.String()})
			case 16:
				if r.Intn(4) == 0 {
					a.Reset()
					b.Reset()
				}
			}
			if !check(name+" state", []any{a.Len(), a.Cap(), a.String()}, []any{b.Len(), b.Cap(), b.String()}) {
				fmt.Println("history:", hist)
				break
			}
		}
	}
	var np *bytes.Buffer
	var gp *gbytes.Buffer
	check("nil Buffer String", np.String(), gp.String())
}

func readers() {
	r := rand.New(rand.NewSource(8))
	data := []byte("héllo, wörld\n日本語\xff end")
	for trial := 0; trial < 500; trial++ {
		a := bytes.NewReader(data)
		b := gbytes.NewReader(data)
		for op := 0; op < 30; op++ {
			name := fmt.Sprintf("reader trial %d op %d", trial, op)
			switch r.Intn(8) {
			case 0:
				p1 := make([]byte, r.Intn(8))
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
				check(name+" UnreadRune", errs(a.UnreadRune()), errs(b.UnreadRune()))
			case 4:
				check(name+" UnreadByte", errs(a.UnreadByte()), errs(b.UnreadByte()))
			case 5:
				off, wh := int64(r.Intn(40)-10), r.Intn(4)
				n1, e1 := a.Seek(off, wh)
				n2, e2 := b.Seek(off, wh)
				check(name+" Seek", []any{n1, errs(e1)}, []any{n2, errs(e2)})
			case 6:
				p1 := make([]byte, r.Intn(8))
				p2 := make([]byte, len(p1))
				off := int64(r.Intn(40) - 5)
				n1, e1 := a.ReadAt(p1, off)
				n2, e2 := b.ReadAt(p2, off)
				check(name+" ReadAt", []any{n1, errs(e1), p1}, []any{n2, errs(e2), p2})
			case 7:
				var w1, w2 strings.Builder
				n1, e1 := a.WriteTo(&w1)
				n2, e2 := b.WriteTo(&w2)
				check(name+" WriteTo", []any{n1, errs(e1), w1.String()}, []any{n2, errs(e2), w2.String()})
			}
			check(name+" Len", []any{a.Len(), a.Size()}, []any{b.Len(), b.Size()})
		}
	}
	_ = io.EOF
}
