// rand: govmlib's math/rand against the real package (Go 1.19): for
// thousands of seeds, interleaved sequences of every Rand method
// (NormFloat64 and ExpFloat64 exercise every ziggurat strip), Read with
// odd sizes, reseeding, and the top-level functions after Seed.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"

	grand "govmlib/math/rand"
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

func seeds() []int64 {
	s := []int64{0, 1, -1, 2, 42, 89482311, 1<<31 - 1, 1<<31 - 2, 1 << 31, -(1 << 31), 1<<63 - 1, -1 << 63, 12345678901234}
	r := rand.New(rand.NewSource(5))
	for len(s) < 3000 {
		switch r.Intn(3) {
		case 0:
			s = append(s, r.Int63n(1000))
		case 1:
			s = append(s, r.Int63())
		default:
			s = append(s, -r.Int63())
		}
	}
	return s
}

func main() {
	ops := rand.New(rand.NewSource(77))
	for _, seed := range seeds() {
		a := rand.New(rand.NewSource(seed))
		b := grand.New(grand.NewSource(seed))
		for k := 0; k < 60; k++ {
			name := fmt.Sprint("seed ", seed, " step ", k)
			switch ops.Intn(17) {
			case 0:
				check(name+" Int63", a.Int63(), b.Int63())
			case 1:
				check(name+" Uint32", a.Uint32(), b.Uint32())
			case 2:
				check(name+" Uint64", a.Uint64(), b.Uint64())
			case 3:
				check(name+" Int31", a.Int31(), b.Int31())
			case 4:
				check(name+" Int", a.Int(), b.Int())
			case 5:
				n := []int{1, 2, 3, 6, 10, 100, 1000, 1 << 20, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 40, 3 << 61, math.MaxInt64}[ops.Intn(14)]
				check(fmt.Sprint(name, " Intn ", n), a.Intn(n), b.Intn(n))
			case 6:
				n := []int64{1, 5, 1 << 33, 1<<62 + 7, math.MaxInt64}[ops.Intn(5)]
				check(name+" Int63n", a.Int63n(n), b.Int63n(n))
			case 7:
				n := []int32{1, 2, 7, 1000, math.MaxInt32, 1 << 30}[ops.Intn(6)]
				check(name+" Int31n", a.Int31n(n), b.Int31n(n))
			case 8:
				check(name+" Float64", a.Float64(), b.Float64())
			case 9:
				check(name+" Float32", a.Float32(), b.Float32())
			case 10:
				n := ops.Intn(20)
				check(name+" Perm", a.Perm(n), b.Perm(n))
			case 11:
				n := ops.Intn(30)
				x := make([]int, n)
				y := make([]int, n)
				for i := range x {
					x[i], y[i] = i, i
				}
				a.Shuffle(n, func(i, j int) { x[i], x[j] = x[j], x[i] })
				b.Shuffle(n, func(i, j int) { y[i], y[j] = y[j], y[i] })
				check(name+" Shuffle", x, y)
			case 12, 13:
				for i := 0; i < 20; i++ {
					check(name+" NormFloat64", a.NormFloat64(), b.NormFloat64())
				}
			case 14, 15:
				for i := 0; i < 20; i++ {
					check(name+" ExpFloat64", a.ExpFloat64(), b.ExpFloat64())
				}
			case 16:
				p := make([]byte, ops.Intn(20))
				q := make([]byte, len(p))
				a.Read(p)
				b.Read(q)
				check(name+" Read", p, q)
				if ops.Intn(4) == 0 {
					s := ops.Int63()
					a.Seed(s)
					b.Seed(s)
				}
			}
		}
	}
	// Many normal and exponential samples from one seed: every strip.
	a := rand.New(rand.NewSource(2024))
	b := grand.New(grand.NewSource(2024))
	for i := 0; i < 2000000; i++ {
		x, y := a.NormFloat64(), b.NormFloat64()
		if x != y {
			check(fmt.Sprint("NormFloat64 sample ", i), x, y)
			break
		}
		x, y = a.ExpFloat64(), b.ExpFloat64()
		if x != y {
			check(fmt.Sprint("ExpFloat64 sample ", i), x, y)
			break
		}
	}
	pass++
	// Top-level functions after Seed.
	for _, seed := range []int64{1, 7, -3, 1 << 40} {
		rand.Seed(seed)
		grand.Seed(seed)
		check("top-level", []any{rand.Int(), rand.Intn(100), rand.Float64(), rand.Perm(5), rand.Int63n(1000), rand.Uint32(), rand.NormFloat64()},
			[]any{grand.Int(), grand.Intn(100), grand.Float64(), grand.Perm(5), grand.Int63n(1000), grand.Uint32(), grand.NormFloat64()})
	}
	for _, f := range []func(){func() { grand.Intn(0) }, func() { grand.Int63n(-1) }, func() { grand.Int31n(0) }, func() { grand.Shuffle(-1, nil) }} {
		func() {
			defer func() { check("panic", true, recover() != nil) }()
			f()
		}()
	}
	fmt.Printf("rand: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}
