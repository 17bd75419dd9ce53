// sort: govmlib's sort against the real package. The unstable sorts
// (Sort, Slice, Ints, Float64s, Strings) must leave equal elements in the
// same order as Go's pdqsort and make the same number of Less and Swap
// calls; the stable ones must agree too. Inputs: thousands of slices of
// random length with few distinct keys, in the patterns that drive
// pdqsort's special cases (sorted, reversed, sawtooth, organ pipe, nearly
// sorted, all equal, adversarial for median-of-three).
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"

	gsort "govmlib/sort"
)

var pass, fail int

func check(name string, ok bool, detail func() string) {
	if ok {
		pass++
		return
	}
	fail++
	if fail <= 30 {
		fmt.Printf("FAIL %s: %s\n", name, detail())
	}
}

type elem struct{ key, id int }

// counted implements both packages' Interface and counts calls.
type counted struct {
	s           []elem
	less, swaps int
}

func (c *counted) Len() int           { return len(c.s) }
func (c *counted) Less(i, j int) bool { c.less++; return c.s[i].key < c.s[j].key }
func (c *counted) Swap(i, j int)      { c.swaps++; c.s[i], c.s[j] = c.s[j], c.s[i] }

func firstDiff(a, b []elem) int {
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}

func sameElems(a, b []elem) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func genKeys(r *rand.Rand, n int) ([]int, string) {
	k := []int{1, 2, 3, 4, 7, 10, 16, 50, n/2 + 1, n + 1, 1 << 30}[r.Intn(11)]
	keys := make([]int, n)
	pat := r.Intn(10)
	names := []string{"random", "sorted", "reversed", "sawtooth", "organ", "nearly", "equal", "pipes", "killer", "runs"}
	for i := range keys {
		keys[i] = r.Intn(k)
	}
	switch pat {
	case 1:
		sort.Ints(keys)
	case 2:
		sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	case 3:
		m := 1 + r.Intn(20)
		for i := range keys {
			keys[i] = i % m
		}
	case 4:
		for i := range keys {
			if i < n/2 {
				keys[i] = i
			} else {
				keys[i] = n - i
			}
		}
	case 5:
		sort.Ints(keys)
		for t := r.Intn(6); t > 0 && n > 1; t-- {
			i, j := r.Intn(n), r.Intn(n)
			keys[i], keys[j] = keys[j], keys[i]
		}
	case 6:
		for i := range keys {
			keys[i] = 7
		}
	case 7:
		for i := range keys {
			keys[i] = (i * 31) % (k + 1) / 3
		}
	case 8:
		// Median-of-three killer (Musser).
		for i := range keys {
			if i%2 == 0 {
				keys[i] = i
			} else {
				keys[i] = n + i
			}
		}
	case 9:
		for i := 0; i < n; {
			run := 1 + r.Intn(40)
			base := r.Intn(k)
			for j := 0; j < run && i < n; j++ {
				keys[i] = base + j
				i++
			}
		}
	}
	return keys, names[pat]
}

func main() {
	r := rand.New(rand.NewSource(20240601))
	trials := 6000
	if len(os.Args) > 1 {
		fmt.Sscan(os.Args[1], &trials)
	}
	for t := 0; t < trials; t++ {
		var n int
		switch r.Intn(4) {
		case 0:
			n = r.Intn(16)
		case 1:
			n = r.Intn(100)
		case 2:
			n = r.Intn(600)
		default:
			n = r.Intn(3000)
		}
		keys, pat := genKeys(r, n)
		base := make([]elem, n)
		for i, k := range keys {
			base[i] = elem{k, i}
		}
		cp := func() []elem { return append([]elem(nil), base...) }
		name := fmt.Sprintf("trial %d n=%d %s", t, n, pat)

		// Sort
		a, b := &counted{s: cp()}, &counted{s: cp()}
		sort.Sort(a)
		gsort.Sort(b)
		check("Sort "+name, sameElems(a.s, b.s) && a.less == b.less && a.swaps == b.swaps, func() string {
			return fmt.Sprintf("less %d/%d swaps %d/%d, first difference at %d", a.less, b.less, a.swaps, b.swaps, firstDiff(a.s, b.s))
		})
		// Reverse
		a, b = &counted{s: cp()}, &counted{s: cp()}
		sort.Sort(sort.Reverse(a))
		gsort.Sort(gsort.Reverse(b))
		check("Reverse "+name, sameElems(a.s, b.s) && a.less == b.less, func() string { return fmt.Sprint("first difference at ", firstDiff(a.s, b.s)) })
		// Stable
		a, b = &counted{s: cp()}, &counted{s: cp()}
		sort.Stable(a)
		gsort.Stable(b)
		check("Stable "+name, sameElems(a.s, b.s) && a.less == b.less && a.swaps == b.swaps, func() string {
			return fmt.Sprintf("less %d/%d swaps %d/%d", a.less, b.less, a.swaps, b.swaps)
		})
		// Slice and SliceStable
		x, y := cp(), cp()
		nx, ny := 0, 0
		sort.Slice(x, func(i, j int) bool { nx++; return x[i].key < x[j].key })
		gsort.Slice(y, func(i, j int) bool { ny++; return y[i].key < y[j].key })
		check("Slice "+name, sameElems(x, y) && nx == ny, func() string { return fmt.Sprint(nx, ny, " first difference at ", firstDiff(x, y)) })
		x, y = cp(), cp()
		sort.SliceStable(x, func(i, j int) bool { return x[i].key > x[j].key })
		gsort.SliceStable(y, func(i, j int) bool { return y[i].key > y[j].key })
		check("SliceStable "+name, sameElems(x, y), func() string { return fmt.Sprint("first difference at ", firstDiff(x, y)) })
		check("SliceIsSorted "+name, sort.SliceIsSorted(x, func(i, j int) bool { return x[i].key > x[j].key }) ==
			gsort.SliceIsSorted(x, func(i, j int) bool { return x[i].key > x[j].key }), func() string { return "" })

		// Float64s: 0 and -0 are equal keys whose order shows; NaNs first.
		fa := make([]float64, n)
		for i, k := range keys {
			switch k % 5 {
			case 0:
				fa[i] = 0
			case 1:
				fa[i] = math.Copysign(0, -1)
			case 2:
				fa[i] = math.NaN()
			default:
				fa[i] = float64(k%7) - 3
			}
		}
		fb := append([]float64(nil), fa...)
		sort.Float64s(fa)
		gsort.Float64s(fb)
		check("Float64s "+name, fmt.Sprint(fa) == fmt.Sprint(fb) && signs(fa) == signs(fb), func() string { return signs(fa) + "\n" + signs(fb) })
		check("Float64sAreSorted", sort.Float64sAreSorted(fa) == gsort.Float64sAreSorted(fb), func() string { return "" })

		// Ints, Strings, search functions
		ia := append([]int(nil), keys...)
		ib := append([]int(nil), keys...)
		check("IntsAreSorted", sort.IntsAreSorted(ia) == gsort.IntsAreSorted(ib), func() string { return "" })
		sort.Ints(ia)
		gsort.Ints(ib)
		check("Ints "+name, fmt.Sprint(ia) == fmt.Sprint(ib), func() string { return "" })
		for q := 0; q < 5; q++ {
			v := r.Intn(len(keys) + 3)
			check("SearchInts", sort.SearchInts(ia, v) == gsort.SearchInts(ia, v), func() string { return fmt.Sprint(v) })
			wi, wf := sort.Find(len(ia), func(i int) int { return v - ia[i] })
			gi, gf := gsort.Find(len(ia), func(i int) int { return v - ia[i] })
			check("Find", wi == gi && wf == gf, func() string { return fmt.Sprint(v, wi, wf, gi, gf) })
		}
		sa := make([]string, n)
		for i, k := range keys {
			sa[i] = fmt.Sprint(k % 97)
		}
		sb := append([]string(nil), sa...)
		sort.Strings(sa)
		gsort.Strings(sb)
		check("Strings "+name, fmt.Sprint(sa) == fmt.Sprint(sb), func() string { return "" })
		check("SearchStrings", sort.SearchStrings(sa, "5") == gsort.SearchStrings(sb, "5"), func() string { return "" })
	}
	fmt.Printf("sort: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
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
