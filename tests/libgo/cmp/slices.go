// slices, maps, cmp: govmlib's generic packages under real Go. Go 1.19
// has no slices package, so: SortFunc and Sort must order equal elements
// exactly as sort.Slice / sort.Float64s do (Go generates both from one
// template, so Go 1.21's slices.SortFunc makes sort.Slice's comparisons);
// SortStableFunc as sort.SliceStable; the other functions against simple
// reference implementations written here from the Go 1.21/1.22
// documentation, including the lengths and capacities of the results.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"
	"strings"

	gcmp "govmlib/cmp"
	gmaps "govmlib/maps"
	gslices "govmlib/slices"
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

type elem struct{ key, id int }

func keys(r *rand.Rand, n int) []int {
	k := []int{1, 2, 3, 5, 10, 50, n/2 + 1, n + 1, 1 << 30}[r.Intn(9)]
	ks := make([]int, n)
	for i := range ks {
		ks[i] = r.Intn(k)
	}
	switch r.Intn(5) {
	case 1:
		sort.Ints(ks)
	case 2:
		sort.Sort(sort.Reverse(sort.IntSlice(ks)))
	case 3:
		for i := range ks {
			ks[i] = i % (r.Intn(20) + 1)
		}
	case 4:
		sort.Ints(ks)
		for t := r.Intn(5); t > 0 && n > 1; t-- {
			i, j := r.Intn(n), r.Intn(n)
			ks[i], ks[j] = ks[j], ks[i]
		}
	}
	return ks
}

func sorting(r *rand.Rand) {
	for t := 0; t < 4000; t++ {
		n := []int{r.Intn(16), r.Intn(100), r.Intn(700), r.Intn(2500)}[r.Intn(4)]
		ks := keys(r, n)
		a := make([]elem, n)
		for i, k := range ks {
			a[i] = elem{k, i}
		}
		b := append([]elem(nil), a...)
		sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
		gslices.SortFunc(b, func(x, y elem) int { return gcmp.Compare(x.key, y.key) })
		check(fmt.Sprint("SortFunc trial ", t), fmt.Sprint(a), fmt.Sprint(b))

		a = append(a[:0], b...)
		b = append([]elem(nil), a...)
		sort.SliceStable(a, func(i, j int) bool { return a[i].key%7 < a[j].key%7 })
		gslices.SortStableFunc(b, func(x, y elem) int { return x.key%7 - y.key%7 })
		check(fmt.Sprint("SortStableFunc trial ", t), fmt.Sprint(a), fmt.Sprint(b))

		fa := make([]float64, n)
		for i, k := range ks {
			switch k % 4 {
			case 0:
				fa[i] = 0
			case 1:
				fa[i] = math.Copysign(0, -1)
			case 2:
				fa[i] = math.NaN()
			default:
				fa[i] = float64(k%9) - 4
			}
		}
		fb := append([]float64(nil), fa...)
		sort.Float64s(fa)
		gslices.Sort(fb)
		check(fmt.Sprint("Sort float64 trial ", t), fmt.Sprint(fa)+signs(fa), fmt.Sprint(fb)+signs(fb))
		check("IsSorted", true, gslices.IsSorted(fb))

		ia := append([]int(nil), ks...)
		ib := append([]int(nil), ks...)
		sort.Ints(ia)
		gslices.Sort(ib)
		check("Sort int", fmt.Sprint(ia), fmt.Sprint(ib))
		for q := 0; q < 4; q++ {
			v := r.Intn(n + 2)
			i := sort.SearchInts(ia, v)
			gi, gf := gslices.BinarySearch(ib, v)
			check("BinarySearch", []any{i, i < n && ia[i] == v}, []any{gi, gf})
			gi, gf = gslices.BinarySearchFunc(ib, v, func(e, t int) int { return e - t })
			check("BinarySearchFunc", []any{i, i < n && ia[i] == v}, []any{gi, gf})
		}
		sa := make([]string, n)
		for i, k := range ks {
			sa[i] = fmt.Sprint(k % 50)
		}
		sb := append([]string(nil), sa...)
		sort.Strings(sa)
		gslices.Sort(sb)
		check("Sort strings", fmt.Sprint(sa), fmt.Sprint(sb))
	}
	nan := math.NaN()
	fs := []float64{3, nan, 1, 2}
	gslices.Sort(fs)
	i, found := gslices.BinarySearch(fs, nan)
	check("BinarySearch NaN", []any{0, true}, []any{i, found})
	check("Min NaN", true, math.IsNaN(gslices.Min([]float64{1, nan, 0})))
	check("Max", 9, gslices.Max([]int{3, 9, -1}))
}

func signs(f []float64) string {
	b := make([]byte, len(f))
	for i, v := range f {
		b[i] = '+'
		if math.Signbit(v) {
			b[i] = '-'
		}
	}
	return string(b)
}

// shape shows len, cap and contents.
func shape(s []int) string { return fmt.Sprintf("%d/%d%v nil=%v", len(s), cap(s), s, s == nil) }

// The reference results below follow the Go 1.22 documentation: new
// arrays come from append (its growth), in-place results zero the
// abandoned tail.

func refInsert(s []int, i int, v ...int) ([]int, []int) {
	if len(v) == 0 {
		return s, s
	}
	if len(s)+len(v) > cap(s) {
		r := append(s[:i], make([]int, len(s)+len(v)-i)...)
		copy(r[i:], v)
		copy(r[i+len(v):], s[i:])
		return r, s
	}
	r := make([]int, 0, cap(s))
	r = append(r, s[:i]...)
	r = append(r, v...)
	r = append(r, s[i:]...)
	return r, r[:len(s)]
}

func edits(r *rand.Rand) {
	for t := 0; t < 20000; t++ {
		n := r.Intn(12)
		c := n + r.Intn(6)
		mk := func() []int {
			s := make([]int, n, c)
			for i := range s {
				s[i] = r.Intn(4)
			}
			return s
		}
		s := mk()
		orig := append([]int(nil), s...)
		name := fmt.Sprint("trial ", t, " ", orig, " cap ", c)
		switch r.Intn(8) {
		case 0:
			i := r.Intn(n + 1)
			v := make([]int, r.Intn(4))
			for k := range v {
				v[k] = 10 + k
			}
			want, _ := refInsert(append(make([]int, 0, c), orig...), i, v...)
			got := gslices.Insert(s, i, v...)
			check("Insert "+name, shape(want), shape(got))
		case 1:
			i := r.Intn(n + 1)
			j := i + r.Intn(n-i+1)
			want := append(append([]int{}, orig[:i]...), orig[j:]...)
			got := gslices.Delete(s, i, j)
			check("Delete "+name, fmt.Sprint(want, cap(s)), fmt.Sprint(got, cap(got)))
			tail := s[len(got):n]
			if i == j {
				tail = nil
			}
			check("Delete zeroes "+name, make([]int, len(tail)), append([]int{}, tail...))
		case 2:
			want := []int{}
			for _, x := range orig {
				if x%2 == 0 {
					want = append(want, x)
				}
			}
			got := gslices.DeleteFunc(s, func(x int) bool { return x%2 != 0 })
			check("DeleteFunc "+name, fmt.Sprint(want), fmt.Sprint(got))
			check("DeleteFunc zeroes "+name, make([]int, n-len(got)), append([]int{}, s[len(got):n]...))
		case 3:
			want := []int{}
			for i, x := range orig {
				if i == 0 || x != orig[i-1] {
					want = append(want, x)
				}
			}
			got := gslices.Compact(s)
			check("Compact "+name, fmt.Sprint(want), fmt.Sprint(got))
			check("Compact zeroes "+name, make([]int, n-len(got)), append([]int{}, s[len(got):n]...))
			s2 := append([]int(nil), orig...)
			got = gslices.CompactFunc(s2, func(a, b int) bool { return a/2 == b/2 })
			want = want[:0]
			for i, x := range orig {
				if i == 0 || x/2 != orig[i-1]/2 {
					want = append(want, x)
				}
			}
			check("CompactFunc "+name, fmt.Sprint(want), fmt.Sprint(got))
		case 4:
			i := r.Intn(n + 1)
			j := i + r.Intn(n-i+1)
			v := make([]int, r.Intn(4))
			for k := range v {
				v[k] = 20 + k
			}
			want := append(append(append([]int{}, orig[:i]...), v...), orig[j:]...)
			got := gslices.Replace(s, i, j, v...)
			check("Replace "+name, fmt.Sprint(want), fmt.Sprint(got))
			if len(want) <= c && len(got) < n {
				check("Replace zeroes "+name, make([]int, n-len(got)), append([]int{}, s[len(got):n]...))
			}
		case 5:
			g := r.Intn(10) - 1
			if g < 0 {
				func() {
					defer func() { check("Grow negative", "cannot be negative", fmt.Sprint(recover())) }()
					gslices.Grow(s, g)
				}()
				break
			}
			want := s
			if need := g - (cap(s) - len(s)); need > 0 {
				want = append(s[:cap(s)], make([]int, need)...)[:len(s)]
			}
			got := gslices.Grow(s, g)
			check("Grow "+name, shape(want), shape(got))
		case 6:
			check("Clone", shape(append([]int{}, orig...)), shape(gslices.Clone(s)))
			check("Clip", shape(s[:n:n]), shape(gslices.Clip(s)))
			rev := append([]int(nil), orig...)
			for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
				rev[a], rev[b] = rev[b], rev[a]
			}
			gslices.Reverse(s)
			check("Reverse", fmt.Sprint(rev), fmt.Sprint(s))
		case 7:
			o := mk()
			cw := 0
			for k := 0; k < len(orig) && k < len(o); k++ {
				if orig[k] != o[k] {
					cw = gcmp.Compare(orig[k], o[k])
					break
				}
			}
			if cw == 0 {
				cw = gcmp.Compare(len(orig), len(o))
			}
			check("Compare "+name, cw, gslices.Compare(s, o))
			check("Equal "+name, fmt.Sprint(orig) == fmt.Sprint(o), gslices.Equal(s, o))
			check("Index", idx(orig, 2), gslices.Index(s, 2))
			check("Contains", idx(orig, 3) >= 0, gslices.Contains(s, 3))
			check("Concat", fmt.Sprint(append(append(append([]int{}, orig...), o...), orig...)), fmt.Sprint(gslices.Concat(s, o, s)))
		}
	}
	check("Clone nil", true, gslices.Clone([]int(nil)) == nil)
	check("Concat none", true, gslices.Concat[[]int]() == nil)
	check("Clone empty", false, gslices.Clone([]int{}) == nil)
	func() {
		defer func() { check("Min empty", "slices.Min: empty list", fmt.Sprint(recover())) }()
		gslices.Min([]int{})
	}()
	func() {
		defer func() { check("Insert out of range", true, recover() != nil) }()
		gslices.Insert([]int{1}, 3, 5)
	}()
	type P struct {
		N string
		A int
	}
	ps := []P{{"Gopher", 13}, {"Alice", 55}, {"Vera", 24}, {"Bob", 55}}
	check("MaxFunc first", "Alice", gslices.MaxFunc(ps, func(a, b P) int { return gcmp.Compare(a.A, b.A) }).N)
	ps = []P{{"Gopher", 13}, {"Bob", 5}, {"Vera", 24}, {"Bill", 5}}
	check("MinFunc first", "Bob", gslices.MinFunc(ps, func(a, b P) int { return gcmp.Compare(a.A, b.A) }).N)
	names := []string{"bob", "Bob", "alice", "Vera", "VERA"}
	check("CompactFunc EqualFold", []string{"bob", "alice", "Vera"}, gslices.CompactFunc(names, strings.EqualFold))
}

func idx(s []int, v int) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func mapsAndCmp() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := gmaps.Clone(m)
	check("Clone", m, c)
	check("Equal", true, gmaps.Equal(m, c))
	c["d"] = 4
	check("Equal after", false, gmaps.Equal(m, c))
	check("EqualFunc", true, gmaps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(x int, y string) bool { return fmt.Sprint(x) == y }))
	gmaps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	check("DeleteFunc", map[string]int{"a": 1, "c": 3}, c)
	gmaps.Copy(c, map[string]int{"a": 10, "z": 26})
	check("Copy", map[string]int{"a": 10, "c": 3, "z": 26}, c)
	var nm map[string]int
	check("Clone nil", true, gmaps.Clone(nm) == nil)
	nan := math.NaN()
	check("cmp.Compare", []int{-1, 0, 1, -1, 0, 1, 0}, []int{gcmp.Compare(1, 2), gcmp.Compare(2, 2), gcmp.Compare(3, 2),
		gcmp.Compare(nan, 0), gcmp.Compare(nan, nan), gcmp.Compare(0, nan), gcmp.Compare(0.0, math.Copysign(0, -1))})
	check("cmp.Less", []bool{true, false, true, false, false}, []bool{gcmp.Less(1, 2), gcmp.Less(2, 1), gcmp.Less(nan, 0), gcmp.Less(0, nan), gcmp.Less(nan, nan)})
	check("cmp.Less strings", true, gcmp.Less("a", "b"))
	check("cmp.Or", []any{"x", 0, 3}, []any{gcmp.Or("", "x", "y"), gcmp.Or(0, 0), gcmp.Or(0, 3, 4)})
}

func main() {
	r := rand.New(rand.NewSource(99))
	sorting(r)
	edits(r)
	mapsAndCmp()
	fmt.Printf("slices: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}
