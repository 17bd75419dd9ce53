// misc: govmlib's math/bits, unicode/utf16, container/heap, list and ring,
// the io helpers and os file operations against the real packages, over
// random inputs and random operation sequences.
package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"container/ring"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"math/rand"
	"os"
	"strings"
	"unicode/utf16"

	gheap "govmlib/container/heap"
	glist "govmlib/container/list"
	gring "govmlib/container/ring"
	gio "govmlib/io"
	gbits "govmlib/math/bits"
	gos "govmlib/os"
	gutf16 "govmlib/unicode/utf16"
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

func recovered(f func()) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	f()
	return "no panic"
}

func randWord(r *rand.Rand) uint64 {
	switch r.Intn(6) {
	case 0:
		return 0
	case 1:
		return 1<<64 - 1
	case 2:
		return 1 << uint(r.Intn(64))
	case 3:
		return uint64(r.Intn(1000))
	default:
		return r.Uint64() >> uint(r.Intn(64))
	}
}

func bitsCheck(r *rand.Rand) {
	for i := 0; i < 100000; i++ {
		x, y, z := randWord(r), randWord(r), randWord(r)
		k := r.Intn(300) - 150
		c := uint64(r.Intn(2))
		check("64", []any{bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, k)},
			[]any{gbits.Len64(x), gbits.LeadingZeros64(x), gbits.TrailingZeros64(x), gbits.OnesCount64(x), gbits.Reverse64(x), gbits.ReverseBytes64(x), gbits.RotateLeft64(x, k)})
		x32, y32 := uint32(x), uint32(y)
		check("32", []any{bits.Len32(x32), bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Reverse32(x32), bits.ReverseBytes32(x32), bits.RotateLeft32(x32, k)},
			[]any{gbits.Len32(x32), gbits.LeadingZeros32(x32), gbits.TrailingZeros32(x32), gbits.OnesCount32(x32), gbits.Reverse32(x32), gbits.ReverseBytes32(x32), gbits.RotateLeft32(x32, k)})
		x16, x8 := uint16(x), uint8(x)
		check("16/8", []any{bits.Len16(x16), bits.LeadingZeros16(x16), bits.TrailingZeros16(x16), bits.OnesCount16(x16), bits.Reverse16(x16), bits.ReverseBytes16(x16), bits.RotateLeft16(x16, k),
			bits.Len8(x8), bits.LeadingZeros8(x8), bits.TrailingZeros8(x8), bits.OnesCount8(x8), bits.Reverse8(x8), bits.RotateLeft8(x8, k)},
			[]any{gbits.Len16(x16), gbits.LeadingZeros16(x16), gbits.TrailingZeros16(x16), gbits.OnesCount16(x16), gbits.Reverse16(x16), gbits.ReverseBytes16(x16), gbits.RotateLeft16(x16, k),
				gbits.Len8(x8), gbits.LeadingZeros8(x8), gbits.TrailingZeros8(x8), gbits.OnesCount8(x8), gbits.Reverse8(x8), gbits.RotateLeft8(x8, k)})
		s1, c1 := bits.Add64(x, y, c)
		s2, c2 := gbits.Add64(x, y, c)
		d1, b1 := bits.Sub64(x, y, c)
		d2, b2 := gbits.Sub64(x, y, c)
		h1, l1 := bits.Mul64(x, y)
		h2, l2 := gbits.Mul64(x, y)
		check("arith64", []uint64{s1, c1, d1, b1, h1, l1}, []uint64{s2, c2, d2, b2, h2, l2})
		a1, ac1 := bits.Add32(x32, y32, uint32(c))
		a2, ac2 := gbits.Add32(x32, y32, uint32(c))
		e1, eb1 := bits.Sub32(x32, y32, uint32(c))
		e2, eb2 := gbits.Sub32(x32, y32, uint32(c))
		m1, n1 := bits.Mul32(x32, y32)
		m2, n2 := gbits.Mul32(x32, y32)
		check("arith32", []uint32{a1, ac1, e1, eb1, m1, n1}, []uint32{a2, ac2, e2, eb2, m2, n2})
		if z != 0 && y < z {
			q1, r1 := bits.Div64(y, x, z)
			q2, r2 := gbits.Div64(y, x, z)
			check(fmt.Sprint("Div64 ", y, x, z), []uint64{q1, r1}, []uint64{q2, r2})
		}
		if z != 0 {
			check("Rem64", bits.Rem64(y, x, z), gbits.Rem64(y, x, z))
		}
		z32 := uint32(z)
		if z32 != 0 && y32 < z32 {
			q1, r1 := bits.Div32(y32, x32, z32)
			q2, r2 := gbits.Div32(y32, x32, z32)
			check("Div32", []uint32{q1, r1}, []uint32{q2, r2})
		}
	}
	check("Div64 zero", recovered(func() { bits.Div64(0, 1, 0) }), recovered(func() { gbits.Div64(0, 1, 0) }))
	check("Div64 overflow", recovered(func() { bits.Div64(5, 1, 5) }), recovered(func() { gbits.Div64(5, 1, 5) }))
	check("Rem64 zero", recovered(func() { bits.Rem64(1, 1, 0) }), recovered(func() { gbits.Rem64(1, 1, 0) }))
}

func utf16Check(r *rand.Rand) {
	for i := 0; i < 20000; i++ {
		rs := make([]rune, r.Intn(8))
		for j := range rs {
			switch r.Intn(4) {
			case 0:
				rs[j] = rune(r.Intn(0x80))
			case 1:
				rs[j] = rune(0xD000 + r.Intn(0x1000))
			case 2:
				rs[j] = rune(r.Intn(0x120000)) - 10
			default:
				rs[j] = rune(0x10000 + r.Intn(0x100000))
			}
		}
		check("Encode", utf16.Encode(rs), gutf16.Encode(rs))
		us := make([]uint16, r.Intn(8))
		for j := range us {
			us[j] = uint16(0xD700 + r.Intn(0x1000))
			if r.Intn(3) == 0 {
				us[j] = uint16(r.Intn(0x10000))
			}
		}
		check("Decode", utf16.Decode(us), gutf16.Decode(us))
		x := rune(r.Intn(0x120000)) - 5
		a1, b1 := utf16.EncodeRune(x)
		a2, b2 := gutf16.EncodeRune(x)
		check("EncodeRune", []rune{a1, b1, utf16.DecodeRune(rune(us0(us)), x)}, []rune{a2, b2, gutf16.DecodeRune(rune(us0(us)), x)})
		check("IsSurrogate", utf16.IsSurrogate(x), gutf16.IsSurrogate(x))
	}
}

func us0(u []uint16) uint16 {
	if len(u) == 0 {
		return 0xD800
	}
	return u[0]
}

type ih []int

func (h ih) Len() int           { return len(h) }
func (h ih) Less(i, j int) bool { return h[i]/3 < h[j]/3 }
func (h ih) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ih) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ih) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type ih2 struct{ ih }

func (h *ih2) Push(x any) { h.ih = append(h.ih, x.(int)) }
func (h *ih2) Pop() any {
	x := h.ih[len(h.ih)-1]
	h.ih = h.ih[:len(h.ih)-1]
	return x
}

func containersCheck(r *rand.Rand) {
	for t := 0; t < 500; t++ {
		a, b := &ih{}, &ih2{}
		for i := 0; i < 200; i++ {
			switch r.Intn(6) {
			case 0, 1, 2:
				v := r.Intn(60)
				heap.Push(a, v)
				gheap.Push(b, v)
			case 3:
				if a.Len() > 0 {
					check("Pop", heap.Pop(a), gheap.Pop(b))
				}
			case 4:
				if a.Len() > 0 {
					j := r.Intn(a.Len())
					check("Remove", heap.Remove(a, j), gheap.Remove(b, j))
				}
			case 5:
				if a.Len() > 0 {
					j, v := r.Intn(a.Len()), r.Intn(60)
					(*a)[j], b.ih[j] = v, v
					heap.Fix(a, j)
					gheap.Fix(b, j)
				}
			}
			if i%50 == 0 {
				heap.Init(a)
				gheap.Init(b)
			}
			check("heap", fmt.Sprint(*a), fmt.Sprint(b.ih))
		}
	}
	for t := 0; t < 300; t++ {
		l1, l2 := list.New(), glist.New()
		var e1 []*list.Element
		var e2 []*glist.Element
		for i := 0; i < 60; i++ {
			op := r.Intn(10)
			j, k := 0, 0
			if len(e1) > 0 {
				j, k = r.Intn(len(e1)), r.Intn(len(e1))
			}
			switch {
			case op == 0 || len(e1) == 0:
				e1 = append(e1, l1.PushBack(i))
				e2 = append(e2, l2.PushBack(i))
			case op == 1:
				e1 = append(e1, l1.PushFront(i))
				e2 = append(e2, l2.PushFront(i))
			case op == 2:
				x1, x2 := l1.InsertBefore(i, e1[j]), l2.InsertBefore(i, e2[j])
				check("InsertBefore nil", x1 == nil, x2 == nil)
				if x1 != nil && x2 != nil {
					e1, e2 = append(e1, x1), append(e2, x2)
				}
			case op == 3:
				x1, x2 := l1.InsertAfter(i, e1[j]), l2.InsertAfter(i, e2[j])
				check("InsertAfter nil", x1 == nil, x2 == nil)
				if x1 != nil && x2 != nil {
					e1, e2 = append(e1, x1), append(e2, x2)
				}
			case op == 4:
				check("Remove", l1.Remove(e1[j]), l2.Remove(e2[j]))
			case op == 5:
				l1.MoveToFront(e1[j])
				l2.MoveToFront(e2[j])
			case op == 6:
				l1.MoveToBack(e1[j])
				l2.MoveToBack(e2[j])
			case op == 7:
				l1.MoveBefore(e1[j], e1[k])
				l2.MoveBefore(e2[j], e2[k])
			case op == 8:
				l1.MoveAfter(e1[j], e1[k])
				l2.MoveAfter(e2[j], e2[k])
			case op == 9:
				if r.Intn(4) == 0 {
					l1.PushBackList(l1)
					l2.PushBackList(l2)
				}
			}
			var v1, v2 []any
			for e := l1.Front(); e != nil; e = e.Next() {
				v1 = append(v1, e.Value)
			}
			for e := l2.Front(); e != nil; e = e.Next() {
				v2 = append(v2, e.Value)
			}
			for e := l1.Back(); e != nil; e = e.Prev() {
				v1 = append(v1, e.Value)
			}
			for e := l2.Back(); e != nil; e = e.Prev() {
				v2 = append(v2, e.Value)
			}
			check("list", append(v1, l1.Len()), append(v2, l2.Len()))
		}
	}
	for n := 0; n < 8; n++ {
		r1, r2 := ring.New(n), gring.New(n)
		if n == 0 {
			check("ring nil", r1 == nil, r2 == nil)
			continue
		}
		for i := 0; i < n; i++ {
			r1.Value, r2.Value = i, i
			r1, r2 = r1.Next(), r2.Next()
		}
		m := r.Intn(20) - 10
		r1, r2 = r1.Move(m), r2.Move(m)
		u := r.Intn(n + 2)
		x1, x2 := r1.Unlink(u), r2.Unlink(u)
		var v1, v2 []any
		r1.Do(func(v any) { v1 = append(v1, v) })
		r2.Do(func(v any) { v2 = append(v2, v) })
		x1.Do(func(v any) { v1 = append(v1, v) })
		x2.Do(func(v any) { v2 = append(v2, v) })
		check("ring", append(v1, r1.Len(), x1.Len()), append(v2, r2.Len(), x2.Len()))
	}
}

// chunky returns its data in pieces of random size, with eof as its end.
type chunky struct {
	data string
	r    *rand.Rand
	eof  error
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.data == "" {
		return 0, c.eof
	}
	n := 1 + c.r.Intn(7)
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

func ioCheck(r *rand.Rand) {
	texts := []string{"", "a", "hello world", strings.Repeat("0123456789", 50)}
	for t := 0; t < 3000; t++ {
		text := texts[r.Intn(len(texts))]
		seed := r.Int63()
		mk := func() (*chunky, *chunky) {
			return &chunky{text, rand.New(rand.NewSource(seed)), io.EOF}, &chunky{text, rand.New(rand.NewSource(seed)), gio.EOF}
		}
		n := r.Intn(30)
		a, b := mk()
		p1, p2 := make([]byte, n), make([]byte, n)
		k1, err1 := io.ReadFull(a, p1)
		k2, err2 := gio.ReadFull(b, p2)
		check("ReadFull", []any{k1, errs(err1), p1}, []any{k2, errs(err2), p2})
		m := r.Intn(n + 2)
		a, b = mk()
		k1, err1 = io.ReadAtLeast(a, p1, m)
		k2, err2 = gio.ReadAtLeast(b, p2, m)
		check("ReadAtLeast", []any{k1, errs(err1), p1}, []any{k2, errs(err2), p2})
		a, b = mk()
		c1, c2 := &chunky{"second", rand.New(rand.NewSource(1)), io.EOF}, &chunky{"second", rand.New(rand.NewSource(1)), gio.EOF}
		d1, _ := io.ReadAll(io.MultiReader(a, c1))
		d2, _ := gio.ReadAll(gio.MultiReader(b, c2))
		check("MultiReader", d1, d2)
		a, b = mk()
		var t1, t2 bytes.Buffer
		d1, _ = io.ReadAll(io.LimitReader(io.TeeReader(a, &t1), int64(n)))
		d2, _ = gio.ReadAll(gio.LimitReader(gio.TeeReader(b, &t2), int64(n)))
		check("Tee/Limit", []any{d1, t1.String()}, []any{d2, t2.String()})
		a, b = mk()
		var w1, w2, w3, w4 strings.Builder
		cn1, cerr1 := io.CopyN(io.MultiWriter(&w1, &w2), a, int64(n))
		cn2, cerr2 := gio.CopyN(gio.MultiWriter(&w3, &w4), b, int64(n))
		check("CopyN", []any{cn1, errs(cerr1), w1.String(), w2.String()}, []any{cn2, errs(cerr2), w3.String(), w4.String()})
		src := strings.NewReader(text)
		off, ln := int64(r.Intn(20)), int64(r.Intn(30))
		s1 := io.NewSectionReader(src, off, ln)
		s2 := gio.NewSectionReader(src, off, ln)
		for op := 0; op < 5; op++ {
			q1, q2 := make([]byte, r.Intn(10)), make([]byte, 0)
			q2 = append(q2, q1...)
			switch r.Intn(3) {
			case 0:
				x1, e1 := s1.Read(q1)
				x2, e2 := s2.Read(q2)
				check("Section.Read", []any{x1, errs(e1), q1}, []any{x2, errs(e2), q2})
			case 1:
				o := int64(r.Intn(30) - 3)
				x1, e1 := s1.ReadAt(q1, o)
				x2, e2 := s2.ReadAt(q2, o)
				check("Section.ReadAt", []any{x1, errs(e1), q1}, []any{x2, errs(e2), q2})
			case 2:
				o, wh := int64(r.Intn(30)-10), r.Intn(4)
				x1, e1 := s1.Seek(o, wh)
				x2, e2 := s2.Seek(o, wh)
				check("Section.Seek", []any{x1, errs(e1)}, []any{x2, errs(e2)})
			}
		}
		check("Size", s1.Size(), s2.Size())
	}
}

func osCheck(r *rand.Rand) {
	// The same operations in two directories, one per package.
	d1, _ := os.MkdirTemp("", "cmp-os-real-")
	d2, _ := os.MkdirTemp("", "cmp-os-govm-")
	defer os.RemoveAll(d1)
	defer os.RemoveAll(d2)
	pe := func(err error, dir string) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "D")
	}
	names := []string{"a", "b", "sub", "sub/c", "missing/x", ""}
	for t := 0; t < 1500; t++ {
		nm := names[r.Intn(len(names))]
		n1, n2 := d1+"/"+nm, d2+"/"+nm
		switch r.Intn(10) {
		case 0:
			e1 := os.WriteFile(n1, []byte(fmt.Sprint(t)), 0644)
			e2 := gos.WriteFile(n2, []byte(fmt.Sprint(t)), 0644)
			check("WriteFile", pe(e1, d1), pe(e2, d2))
		case 1:
			b1, e1 := os.ReadFile(n1)
			b2, e2 := gos.ReadFile(n2)
			check("ReadFile", []any{string(b1), pe(e1, d1)}, []any{string(b2), pe(e2, d2)})
		case 2:
			check("Mkdir", pe(os.Mkdir(n1, 0755), d1), pe(gos.Mkdir(n2, 0755), d2))
		case 3:
			st1, e1 := os.Stat(n1)
			st2, e2 := gos.Stat(n2)
			if e1 == nil && e2 == nil {
				name1, name2 := st1.Name(), st2.Name()
				if nm == "" {
					name1, name2 = "D", "D"
				}
				check("Stat", []any{name1, st1.Mode().String(), st1.IsDir(), st1.Size() * int64(bool2int(!st1.IsDir()))},
					[]any{name2, st2.Mode().String(), st2.IsDir(), st2.Size() * int64(bool2int(!st2.IsDir()))})
				if nm != "" {
					check("SameFile", os.SameFile(st1, st1), gos.SameFile(st2, st2))
				}
			}
			check("Stat err", pe(e1, d1), pe(e2, d2))
			check("IsNotExist", os.IsNotExist(e1), gos.IsNotExist(e2))
		case 4:
			check("Remove", pe(os.Remove(n1), d1), pe(gos.Remove(n2), d2))
		case 5:
			r1, e1 := os.ReadDir(d1)
			r2, e2 := gos.ReadDir(d2)
			var s1, s2 []string
			for _, d := range r1 {
				s1 = append(s1, d.Name()+fmt.Sprint(d.IsDir(), d.Type()))
			}
			for _, d := range r2 {
				s2 = append(s2, d.Name()+fmt.Sprint(d.IsDir(), d.Type()))
			}
			check("ReadDir", []any{s1, pe(e1, d1)}, []any{s2, pe(e2, d2)})
		case 6:
			f1, e1 := os.OpenFile(n1, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0600)
			f2, e2 := gos.OpenFile(n2, gos.O_RDWR|gos.O_CREATE|gos.O_APPEND, 0600)
			check("OpenFile", pe(e1, d1), pe(e2, d2))
			if e1 == nil && e2 == nil {
				_, we1 := f1.WriteString("+")
				_, we2 := f2.WriteString("+")
				check("WriteString", pe(we1, d1), pe(we2, d2))
				b1 := make([]byte, 4)
				b2 := make([]byte, 4)
				x1, xe1 := f1.ReadAt(b1, 1)
				x2, xe2 := f2.ReadAt(b2, 1)
				check("ReadAt", []any{x1, pe(xe1, d1), b1}, []any{x2, pe(xe2, d2), b2})
				p1, pe1 := f1.Seek(-1, io.SeekEnd)
				p2, pe2 := f2.Seek(-1, gio.SeekEnd)
				check("Seek", []any{p1, pe(pe1, d1)}, []any{p2, pe(pe2, d2)})
				check("Close", []string{pe(f1.Close(), d1), pe(f1.Close(), d1)}, []string{pe(f2.Close(), d2), pe(f2.Close(), d2)})
			}
		case 7:
			check("MkdirAll", pe(os.MkdirAll(n1+"/deep/er", 0755), d1), pe(gos.MkdirAll(n2+"/deep/er", 0755), d2))
		case 8:
			to := names[r.Intn(4)]
			e1 := os.Rename(n1, d1+"/"+to)
			e2 := gos.Rename(n2, d2+"/"+to)
			check("Rename", pe(e1, d1), pe(e2, d2))
			var le *os.LinkError
			var gle *gos.LinkError
			check("LinkError", errors.As(e1, &le), errors.As(e2, &gle))
		case 9:
			check("RemoveAll", pe(os.RemoveAll(n1), d1), pe(gos.RemoveAll(n2), d2))
		}
	}
}

func bool2int(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	r := rand.New(rand.NewSource(17))
	bitsCheck(r)
	utf16Check(r)
	containersCheck(r)
	ioCheck(r)
	osCheck(r)
	fmt.Printf("misc: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}
