// Superinstructions: the compiler fuses frequent instruction sequences
// (locals as operands, constants, compare-and-branch, slice and field
// access). The fused forms must keep Go's semantics: NaN comparisons,
// truncating division, wrapping, float32 rounding, jumps that land in the
// middle of a sequence, and panics with their usual text and position.
package main

import (
	"fmt"
	"math"
)

type point struct {
	x, y float64
	n    int
}

func floats(a, b float64) {
	// each comparison in an if: fused compare-and-branch, with a local and
	// with a constant; NaN makes every ordered comparison false
	r := ""
	if a < b {
		r += "lt "
	}
	if a <= b {
		r += "le "
	}
	if a > b {
		r += "gt "
	}
	if a >= b {
		r += "ge "
	}
	if a == b {
		r += "eq "
	}
	if a != b {
		r += "ne "
	}
	if a > 4 {
		r += "gt4 "
	}
	if !(a < 4) {
		r += "!lt4 "
	}
	if a <= 2.5 {
		r += "le2.5 "
	}
	if a == 0.5 {
		r += "eq0.5 "
	}
	if a != 0.5 {
		r += "ne0.5 "
	}
	if a >= -1 {
		r += "ge-1"
	}
	fmt.Printf("%v %v: %s\n", a, b, r)
}

func arith(a, b int) {
	c := a + b
	d := a - b
	e := a * b
	f := a & b
	g := a | b
	h := a ^ b
	i := a / 3
	j := a % 3
	k := a*7 + 1
	l := a & 12
	m := -a / 4
	n := -a % 4
	c += a
	d -= b
	e *= 3
	fmt.Println(c, d, e, f, g, h, i, j, k, l, m, n)
}

func fl(a, b float64) {
	c := a + b
	d := a - b
	e := a * b
	f := a / b
	g := a * 2.5
	h := a / 4
	i := a - 0.25
	j := a + 1e300*1e8
	k := c*d + e/f
	k -= a
	fmt.Println(c, d, e, f, g, h, i, j, k)
}

func f32(a, b float32) float32 {
	c := a * b
	c += a / b
	return c * 0.1
}

func logic(a, b bool, x, y int) {
	// && and || leave their value on the stack and jump into the store
	p := a && b
	q := a || b
	r := x < y && y < 10
	s := x > 5 || y == 3
	fmt.Println(p, q, r, s)
}

func slices(s []int, t []point) int {
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += s[i]
		s[i] = sum
	}
	for i := range t {
		p := &t[i]
		p.x += float64(i)
		p.n = sum
		sum += p.n
	}
	return sum
}

func index(s []int, i int) (v int, err any) {
	defer func() { err = recover() }()
	v = s[i]
	return
}

func store(s []int, i, v int) (err any) {
	defer func() { err = recover() }()
	s[i] = v
	return
}

func unsigned(a, b uint64, c uint8) string {
	r := ""
	if a < b {
		r += "lt "
	}
	if a <= b {
		r += "le "
	}
	if a > b {
		r += "gt "
	}
	if a >= b {
		r += "ge "
	}
	if a > 9 {
		r += "gt9 "
	}
	if a <= 1<<63 {
		r += "le2^63 "
	}
	if c-'0' > 9 {
		r += "notdigit"
	}
	return r
}

func text(s string) (n int, sum int, err any) {
	defer func() { err = recover() }()
	t := s
	for i := 0; i < len(t); i++ {
		sum += int(t[i])
	}
	n = len(s) + int(s[0])
	return
}

// a captured variable is read through its cell (LDCAP_W)
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n * 10
	}
}

func field(p *point) (v float64, err any) {
	defer func() { err = recover() }()
	v = p.y
	p.x += v
	return
}

func main() {
	nan := math.NaN()
	for _, v := range [][2]float64{{1, 2}, {2, 1}, {2, 2}, {5, 5}, {0.5, -1}, {-2, 0}, {nan, 1}, {1, nan}, {nan, nan}, {math.Inf(1), 4}} {
		floats(v[0], v[1])
	}
	for _, v := range [][2]int{{7, 2}, {-7, 2}, {-9, -4}, {math.MaxInt64, 2}, {math.MinInt64, -1}, {0, 5}} {
		arith(v[0], v[1])
	}
	fl(1.5, 0.25)
	fl(-3, 7)
	fl(0, 0)
	fmt.Println(f32(1.1, 3.3), f32(16777216, 3))
	logic(true, false, 1, 2)
	logic(true, true, 7, 3)
	logic(false, false, 20, 30)
	s := []int{1, 2, 3, 4, 5}
	t := make([]point, 3)
	fmt.Println(slices(s, t), s, t)
	fmt.Println(index(s, 4))
	fmt.Println(index(s, 5))
	fmt.Println(index(s, -1))
	fmt.Println(index(nil, 0))
	fmt.Println(store(s, 2, 99), store(s, 5, 1), store(nil, 0, 1), s)
	fmt.Println(unsigned(1, 2, '5'), "|", unsigned(10, 3, 'a'), "|", unsigned(1<<63, 1<<63+1, '/'), "|", unsigned(^uint64(0), 0, '9'))
	next := counter()
	fmt.Println(next(), next(), next())
	fmt.Println(text("abc"))
	fmt.Println(text(""))
	fmt.Println(field(&point{1, 2, 3}))
	fmt.Println(field(nil))
	// loops with fused increments and compare-and-branch on locals
	n, lim, total := 0, 10, 0
	for i := 0; i < lim; i++ {
		for j := i; j >= 0; j-- {
			if j != 3 {
				total += j
			}
			n++
		}
	}
	fmt.Println(n, total)
	var q *point
	fmt.Println(q.n)
}

// Output:
// 1 2: lt le ne le2.5 ne0.5 ge-1
// 2 1: gt ge ne le2.5 ne0.5 ge-1
// 2 2: le ge eq le2.5 ne0.5 ge-1
// 5 5: le ge eq gt4 !lt4 ne0.5 ge-1
// 0.5 -1: gt ge ne le2.5 eq0.5 ge-1
// -2 0: lt le ne le2.5 ne0.5 
// NaN 1: ne !lt4 ne0.5 
// 1 NaN: ne le2.5 ne0.5 ge-1
// NaN NaN: ne !lt4 ne0.5 
// +Inf 4: gt ge ne gt4 !lt4 ne0.5 ge-1
// 16 3 42 2 7 5 2 1 50 4 -1 -3
// -12 -11 -42 0 -5 -5 -2 -1 -48 8 1 3
// -22 -1 108 -12 -1 11 -3 0 -62 4 2 1
// 0 9223372036854775803 -6 2 9223372036854775807 9223372036854775805 3074457345618258602 1 9223372036854775802 12 -2305843009213693951 -3
// -1 -9223372036854775806 -9223372036854775808 -9223372036854775808 -1 9223372036854775807 -3074457345618258602 -2 -9223372036854775807 0 -2305843009213693952 0
// 5 -10 0 0 5 5 0 0 1 0 0 0
// 1.75 1.25 0.375 6 3.75 0.375 1.25 1e+308 0.75
// 4 -10 -21 -0.42857142857142855 -7.5 -0.75 -3.25 1e+308 12
// 0 0 0 NaN 0 0 -0.25 1e+308 NaN
// 0.39633334 5.5924055e+06
// false true true false
// true true false true
// false false false true
// 120 [1 3 6 10 15] [{0 0 15} {1 0 30} {2 0 60}]
// 15 <nil>
// 0 runtime error: index out of range [5] with length 5
// 0 runtime error: index out of range [-1]
// 0 runtime error: index out of range [0] with length 0
// <nil> runtime error: index out of range [5] with length 5 runtime error: index out of range [0] with length 0 [1 3 99 10 15]
// lt le le2^63  | gt ge gt9 le2^63 notdigit | lt le gt9 le2^63 notdigit | gt ge gt9 
// 10 20 30
// 100 294 <nil>
// 0 0 runtime error: index out of range [0] with length 0
// 2 <nil>
// 0 runtime error: invalid memory address or nil pointer dereference
// 55 144
// Panic: runtime error: invalid memory address or nil pointer dereference
