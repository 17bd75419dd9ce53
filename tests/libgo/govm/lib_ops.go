// lib_ops: the packages of the standard-library issue (sort, math/bits,
// math/rand, container/*, bytes, bufio, io, time, unicode/utf16, path)
// exercised at volume with deterministic output, for comparison between
// Go and govm (run_govm.sh). Checks govm's execution of the library, not
// only the library under real Go (tests/libgo/cmp).
package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"io"
	"math"
	"math/bits"
	"math/rand"
	"path"
	"sort"
	"strings"
	"time"
	"unicode/utf16"
)

var sum uint32 = 2166136261

// out prints a line and folds it into a running checksum.
func out(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	for i := 0; i < len(s); i++ { // FNV-1a
		sum ^= uint32(s[i])
		sum *= 16777619
	}
	fmt.Println(s)
}

type elem struct{ k, id int }

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func sorting(r *rand.Rand) {
	for t := 0; t < 300; t++ {
		n := r.Intn(500)
		k := 1 + r.Intn(10)
		a := make([]elem, n)
		for i := range a {
			a[i] = elem{r.Intn(k), i}
		}
		if t%3 == 1 {
			sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
			for i := 0; i < n/10; i++ {
				x, y := r.Intn(n), r.Intn(n)
				a[x], a[y] = a[y], a[x]
			}
		}
		b := append([]elem(nil), a...)
		sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
		sort.SliceStable(b, func(i, j int) bool { return b[i].k > b[j].k })
		h := uint32(0)
		for i := range a {
			h = h*31 + uint32(a[i].id)*7 + uint32(b[i].id)
		}
		out("sort %d n=%d %08x", t, n, h)
	}
	fs := make([]float64, 400)
	for i := range fs {
		switch i % 5 {
		case 0:
			fs[i] = math.Copysign(0, -1)
		case 1:
			fs[i] = math.NaN()
		default:
			fs[i] = float64(r.Intn(5)) - 2
		}
	}
	sort.Float64s(fs)
	var sb strings.Builder
	for _, f := range fs {
		if math.Signbit(f) && f == 0 {
			sb.WriteByte('-')
		} else if f == 0 {
			sb.WriteByte('0')
		}
	}
	out("zeros %s", sb.String())
}

func randoms() {
	for seed := int64(-50); seed < 150; seed++ {
		r := rand.New(rand.NewSource(seed * 7919))
		out("rand %d %d %d %d %.17g %v %.17g %.17g %d", seed, r.Int63(), r.Intn(1000), r.Int31n(77), r.Float64(), r.Perm(5),
			r.NormFloat64(), r.ExpFloat64(), r.Uint64())
	}
}

func bitsOps(r *rand.Rand) {
	for i := 0; i < 300; i++ {
		x, y := r.Uint64(), r.Uint64()>>uint(r.Intn(64))
		hi, lo := bits.Mul64(x, y)
		q, rem := uint64(0), uint64(0)
		if y > hi {
			q, rem = bits.Div64(hi, lo, y)
		}
		s, c := bits.Add64(x, y, uint64(i&1))
		out("bits %x %x %d %d %d %x %x %x %x %x %d %x %x", x, y, bits.Len64(x), bits.OnesCount64(y), bits.TrailingZeros64(y),
			bits.Reverse64(x), bits.RotateLeft64(x, i-150), hi, q, rem, c, s, bits.ReverseBytes32(uint32(x)))
	}
}

func containers(r *rand.Rand) {
	h := &intHeap{}
	for i := 0; i < 500; i++ {
		switch r.Intn(4) {
		case 0, 1:
			heap.Push(h, r.Intn(100))
		case 2:
			if h.Len() > 0 {
				heap.Pop(h)
			}
		case 3:
			if h.Len() > 0 {
				j := r.Intn(h.Len())
				(*h)[j] = r.Intn(100)
				heap.Fix(h, j)
			}
		}
	}
	out("heap %v", *h)
	l := list.New()
	var elems []*list.Element
	for i := 0; i < 300; i++ {
		switch r.Intn(5) {
		case 0:
			elems = append(elems, l.PushBack(i))
		case 1:
			elems = append(elems, l.PushFront(i))
		case 2:
			if len(elems) > 0 {
				l.MoveToFront(elems[r.Intn(len(elems))])
			}
		case 3:
			if len(elems) > 0 {
				j := r.Intn(len(elems))
				l.Remove(elems[j])
				elems = append(elems[:j], elems[j+1:]...)
			}
		case 4:
			if len(elems) > 1 {
				l.MoveAfter(elems[r.Intn(len(elems))], elems[r.Intn(len(elems))])
			}
		}
	}
	var vs []any
	for e := l.Front(); e != nil; e = e.Next() {
		vs = append(vs, e.Value)
	}
	out("list %d %v", l.Len(), vs)
	rg := ring.New(7)
	for i := 0; i < 7; i++ {
		rg.Value = i * i
		rg = rg.Next()
	}
	rg = rg.Move(3)
	rg.Unlink(2)
	var rv []any
	rg.Do(func(v any) { rv = append(rv, v) })
	out("ring %v", rv)
}

func byteText(r *rand.Rand) {
	words := []string{"alpha", "beta", "γάμμα", "delta", "\xff\xfe", "", "epsilon", "zeta eta", "日本"}
	var buf bytes.Buffer
	for i := 0; i < 400; i++ {
		buf.WriteString(words[r.Intn(len(words))])
		if r.Intn(4) == 0 {
			buf.WriteByte('\n')
		} else {
			buf.WriteByte(' ')
		}
	}
	data := buf.Bytes()
	out("fields %d %q", len(bytes.Fields(data)), bytes.Fields(data)[:5])
	out("upper %q", bytes.ToUpper(data[:60]))
	out("replace %d", len(bytes.ReplaceAll(data, []byte("a"), []byte("AA"))))
	sc := bufio.NewScanner(bytes.NewReader(data))
	lines, longest := 0, 0
	for sc.Scan() {
		lines++
		if n := len(sc.Text()); n > longest {
			longest = n
		}
	}
	out("lines %d %d", lines, longest)
	br := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(data), strings.NewReader("tail")), 32)
	runes := 0
	for {
		_, _, err := br.ReadRune()
		if err != nil {
			break
		}
		runes++
	}
	out("runes %d", runes)
	var w bytes.Buffer
	bw := bufio.NewWriterSize(&w, 16)
	for i := 0; i < 100; i++ {
		fmt.Fprintf(bw, "%d,", i*i)
	}
	bw.Flush()
	out("written %d %d", w.Len(), w.Cap())
	u := utf16.Encode([]rune(string(data[:200])))
	out("utf16 %d %q", len(u), string(utf16.Decode(u))[:30])
	for _, p := range []string{"a/b/../c", "/x//y/./z/..", "../../q", ""} {
		out("path %q %q %q %q", path.Clean(p), path.Base(p), path.Dir(p), path.Join(p, "k"))
	}
}

func times(r *rand.Rand) {
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800)}
	for i := 0; i < 200; i++ {
		t := time.Unix(r.Int63n(8e9)-2e9, r.Int63n(1e9)).In(zones[i%3])
		s := t.Format(time.RFC3339Nano)
		p, err := time.Parse(time.RFC3339Nano, s)
		y, w := t.ISOWeek()
		out("time %s %s %s %v %v %d %d %s %s", s, t.Format(time.RFC1123Z), t.Format("Jan _2 03:04:05.000 PM MST"),
			p.Equal(t), err, t.YearDay(), y*100+w, t.Truncate(time.Hour).Format(time.Kitchen), t.AddDate(0, i, -i).Format("2006-01-02"))
		d := time.Duration(r.Int63n(1e15)) - 5e14
		out("dur %v %v %v %.6f", d, d.Round(time.Millisecond), d.Truncate(time.Minute), d.Hours())
	}
}

func main() {
	r := rand.New(rand.NewSource(1))
	sorting(r)
	randoms()
	bitsOps(r)
	containers(r)
	byteText(r)
	times(r)
	fmt.Printf("checksum %08x\n", sum)
}
