// fmt: Sprintf/Sprint/Sprintln/Errorf of govmlib/fmt against real fmt over
// every verb x flag x width x precision combination and many value kinds.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"

	gerrors "govmlib/errors"
	gfmt "govmlib/fmt"
)

var pass, fail int

func check(name, want, got string) {
	if want == got {
		pass++
		return
	}
	fail++
	if fail <= 60 {
		fmt.Printf("FAIL %s\n  want %q\n  got  %q\n", name, want, got)
	}
}

type MyInt int
type MyStr string
type MyFloat float64
type Bytes []byte
type Arr [3]byte

type S struct {
	A int
	B string
}

type inner struct {
	X, Y int
}

type Nested struct {
	Name  string
	In    inner
	P     *inner
	I     interface{}
	L     []int
	M     map[string]int
	priv  int
	Float float64
}

type Embed struct {
	inner
	S
	Z bool
}

type Str struct{ v int }

func (s Str) String() string { return fmt.Sprintf("Str<%d>", s.v) }

type PStr struct{ v int }

func (s *PStr) String() string { return "PStr!" }

type Err struct{ msg string }

func (e Err) Error() string { return "err:" + e.msg }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type PanicErr struct{}

func (PanicErr) Error() string { panic(errors.New("bad error")) }

type GoStr struct{ a int }

func (GoStr) GoString() string { return "GoStr!" }

type WithStringerField struct {
	Pub  Str
	priv Str
	E    error
}

type ValStr int

func (v ValStr) String() string { return "V" + fmt.Sprint(int(v)) }

type Ptrs struct {
	P *int
	Q *S
}

type Rec struct {
	N    int
	Next *Rec
}

func values() []interface{} {
	x := 7
	var nilStr *Str
	var nilPS *PStr
	var nilErr error
	return []interface{}{
		nil, true, false,
		0, 1, -1, 42, 255, -255, 1 << 40, math.MaxInt64, math.MinInt64,
		int8(-128), int8(127), int16(-300), int32(0x10FFFF), int32(-5), int64(1e15),
		uint(7), uint8(200), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdead),
		'x', 'é', rune(0x1F600), rune(0xD800), rune(-1), rune(0x110000),
		float32(1.5), float32(0.1), float32(1e20), float32(-3.25e-7),
		0.0, math.Copysign(0, -1), 1.0, -1.5, 3.141592653589793, 2.5, 1e6, 1e20, 1e21,
		1e-4, 1e-5, 123456789.0, 1e100, 0.1, 1.0 / 3, 100000.0, 12345678.9,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64,
		complex(1, 2), complex(-1.5, -0.25), complex64(complex(3, -4)), complex(math.Inf(1), math.NaN()),
		"", "hello", "héllo, 世界\n", "\x00\xff\xfe", "`back`", "tab\there", "a\"b\\c", "\u2028",
		[]byte("abc"), []byte(nil), []byte{}, []byte{0, 1, 0xff},
		Bytes("xyz"), Arr{65, 66, 67}, [3]byte{1, 2, 3},
		[]int{1, 2, 3}, []int(nil), []int{}, [2]bool{true, false}, []string{"a", "b c"},
		[]float64{1, 2.5, math.NaN()}, [][]int{{1}, {2, 3}}, []interface{}{1, "a", nil, 2.5},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "m", 10: "t"},
		map[float64]int{math.NaN(): 1, 1: 2, -1: 3, math.Inf(-1): 4},
		map[bool]int{true: 1, false: 0}, map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"},
		map[S]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}, map[string]int(nil), map[string][]int{"k": {1, 2}},
		map[interface{}]int{3: 1, 1: 2, 2: 3}, map[MyStr]MyInt{"z": 1, "y": 2},
		S{1, "x"}, &S{2, "y"}, S{}, inner{3, 4},
		Nested{Name: "n", In: inner{1, 2}, P: nil, I: 5, L: []int{1}, M: map[string]int{"a": 1}, priv: 9, Float: 1.5},
		Nested{I: "str", P: &inner{}}, Embed{inner{1, 2}, S{3, "s"}, true},
		&[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"x": 1},
		MyInt(5), MyStr("my"), MyFloat(2.5), ValStr(3),
		Str{4}, &Str{5}, nilStr, PStr{6}, &PStr{7}, nilPS,
		Err{"e1"}, &Err{"e2"}, nilErr, errors.New("plain"),
		Panicky{}, PanicErr{}, GoStr{1}, &GoStr{2},
		WithStringerField{Str{1}, Str{2}, Err{"f"}}, []Str{{1}, {2}}, map[Str]int{{1}: 1},
		[]error{Err{"a"}, nil}, struct{}{}, struct{ a, b int }{1, 2},
		Ptrs{}, &Rec{1, &Rec{2, nil}},
		&x, (*int)(nil), (*S)(nil), []*int{nil}, os.ErrNotExist,
		make(chan int), (chan int)(nil), (func())(nil),
	}
}

var verbs = []string{"v", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s", "t", "T", "p", "z"}
var flagsets = []string{"", "+", "-", "#", " ", "0", "+0", "-0", "# ", "#0", "+#", " 0", "-#"}
var widths = []string{"", "1", "8", "25"}
var precs = []string{"", ".", ".0", ".3", ".12"}

func main() {
	vals := values()
	for _, v := range vals {
		for _, verb := range verbs {
			for _, fl := range flagsets {
				for _, w := range widths {
					for _, pr := range precs {
						f := "%" + fl + w + pr + verb
						check(fmt.Sprintf("Sprintf(%q, %T %v)", f, v, fmtSafe(v)), fmt.Sprintf(f, v), gfmt.Sprintf(f, v))
					}
				}
			}
		}
	}
	n1 := pass + fail
	// Print, Println, Sprint spacing with mixed operands.
	for i := range vals {
		for j := range vals {
			if i%3 != 0 && j%5 != 0 {
				continue
			}
			a, b := vals[i], vals[j]
			check("Sprint", fmt.Sprint(a, b), gfmt.Sprint(a, b))
			check("Sprintln", fmt.Sprintln(a, b), gfmt.Sprintln(a, b))
			check("Sprint3", fmt.Sprint(a, "s", b, 1), gfmt.Sprint(a, "s", b, 1))
		}
	}
	// Special format strings.
	specials := []struct {
		f    string
		args []interface{}
	}{
		{"%d %d", []interface{}{1}},
		{"%d", []interface{}{1, 2, "x", nil}},
		{"%", nil}, {"abc%", []interface{}{1}}, {"%!", nil}, {"%-", []interface{}{1}},
		{"%[2]d %[1]d", []interface{}{1, 2}}, {"%[3]d", []interface{}{1, 2}}, {"%[0]d", []interface{}{1}},
		{"%[1]d %d", []interface{}{1, 2}}, {"%[2]*[1]d", []interface{}{12, 5}}, {"%[x]d", []interface{}{1}},
		{"%[1]", []interface{}{1}}, {"%[1", []interface{}{1}}, {"%.[2]d", []interface{}{1, 2}},
		{"%*d", []interface{}{5, 42}}, {"%-*d|", []interface{}{5, 42}}, {"%*d", []interface{}{-5, 42}},
		{"%.*f", []interface{}{2, 3.14159}}, {"%.*f", []interface{}{-2, 3.14159}}, {"%*d", []interface{}{"x", 42}},
		{"%.*d", []interface{}{"x", 42}}, {"%*d", []interface{}{10000000, 42}}, {"%*.*f", []interface{}{8, 3, 2.5}},
		{"%*d", []interface{}{uint8(4), 1}}, {"%*d", []interface{}{int64(3), 1}},
		{"%1000000000d", []interface{}{1}}, {"%.1000000000d", []interface{}{1}},
		{"%5%|%-5%|%05%", nil}, {"%v %v", []interface{}{1}}, {"%!d", []interface{}{1}},
		{"%é", []interface{}{1}}, {"%\u00e9 %d", []interface{}{1, 2}}, {"%[2]v %v %v", []interface{}{1, 2, 3}},
		{"%[1]d %[1]x %[1]o", []interface{}{64}}, {"%3[1]d", []interface{}{1}}, {"%[1]3d", []interface{}{1}},
		{"%.3[1]d", []interface{}{1}}, {"%[1].3d", []interface{}{1}}, {"%[2]d", []interface{}{1}},
		{"%d %s %v", []interface{}{1, "a", 2.5, []int{1}}}, {"%v", []interface{}{nil}}, {"%d", []interface{}{nil}},
		{"%s", []interface{}{nil}}, {"%T", []interface{}{nil}}, {"%p", []interface{}{nil}},
		{"%x", []interface{}{"héllo"}}, {"% x", []interface{}{"héllo"}}, {"%# X", []interface{}{[]byte("hi")}},
		{"%08.3f|%-8.3f|%+.2e", []interface{}{3.14159, 2.5, 12345.678}}, {"%6.2f%%", []interface{}{99.5}},
		{"%#v", []interface{}{[]interface{}{1, "a", nil, S{1, "b"}, &S{2, "c"}}}},
		{"%v %+v %#v", []interface{}{Embed{}, Embed{}, Embed{}}},
		{"%10.4v|%-10v|", []interface{}{"abcdefgh", 3.5}},
		{"%c%c%c", []interface{}{'a', 0x263A, 0x110000}},
		{"%U %#U %#U", []interface{}{0x1F600, 'x', 0x7f}}, {"%#.8U", []interface{}{0x1F600}},
		{"%q %+q %#q %#+q", []interface{}{"日本\t", "日本\t", "日本", "日本"}},
		{"%t %t", []interface{}{true, 1}}, {"%s", []interface{}{[]string{"a"}}}, {"%d", []interface{}{[]string{"a"}}},
		{"%x %X", []interface{}{-255, -255}}, {"%#x %#o %#b %O", []interface{}{255, 8, 5, 8}},
		{"%x", []interface{}{1.5}}, {"%#x %#X", []interface{}{1.0, -2.5}}, {"%.3x", []interface{}{1.0}},
		{"%#g %#.3g %#e %#.0f %#.0e", []interface{}{1.0, 100000.0, 2.0, 3.0, 4.0}},
		{"%#g", []interface{}{123456789.0}}, {"%#g", []interface{}{1e-7}}, {"%#.4g", []interface{}{0.0}},
		{"%b", []interface{}{1.0}}, {"%#b", []interface{}{2.0}}, {"%+.3v", []interface{}{math.Pi}},
		{"%08v", []interface{}{-math.Inf(1)}}, {"%+08v % v", []interface{}{math.NaN(), math.NaN()}},
		{"%08.3v", []interface{}{complex(1, -2)}}, {"%v", []interface{}{[]complex64{1 + 1i}}},
		{"%s", []interface{}{Err{"x"}}}, {"%q", []interface{}{Str{3}}}, {"%x", []interface{}{Str{3}}},
		{"%d", []interface{}{Str{3}}}, {"%v", []interface{}{[]fmt.Stringer{Str{1}, nil}}},
		{"%s %v", []interface{}{Panicky{}, &Panicky{}}}, {"%v", []interface{}{(*Panicky)(nil)}},
		{"%v %d", []interface{}{PanicErr{}, PanicErr{}}},
	}
	for _, s := range specials {
		check(fmt.Sprintf("Sprintf(%q, %v)", s.f, len(s.args)), fmt.Sprintf(s.f, s.args...), gfmt.Sprintf(s.f, s.args...))
	}
	// Errorf and wrapping.
	base := Err{"base"}
	e1 := gfmt.Errorf("ctx %d: %w", 1, base)
	r1 := fmt.Errorf("ctx %d: %w", 1, base)
	check("Errorf msg", r1.Error(), e1.Error())
	check("Errorf unwrap", fmt.Sprint(errors.Unwrap(r1)), fmt.Sprint(gerrors.Unwrap(e1)))
	check("Errorf is", fmt.Sprint(errors.Is(r1, base)), fmt.Sprint(gerrors.Is(e1, base)))
	e2 := gfmt.Errorf("no wrap %v", base)
	check("Errorf nowrap", fmt.Sprint(gerrors.Unwrap(e2) == nil), "true")
	check("Errorf bad %w", fmt.Errorf("x %w", 5).Error(), gfmt.Errorf("x %w", 5).Error())
	check("Errorf nil %w", fmt.Errorf("x %w", nil).Error(), gfmt.Errorf("x %w", nil).Error())
	check("Sprintf %w", fmt.Sprintf("x %w", base), gfmt.Sprintf("x %w", base))
	multi := gfmt.Errorf("a %w b %w", Err{"1"}, Err{"2"})
	check("Errorf multi msg", "a err:1 b err:2", multi.Error())
	if u, ok := multi.(interface{ Unwrap() []error }); !ok || len(u.Unwrap()) != 2 {
		check("Errorf multi unwrap", "2 errors", fmt.Sprint(ok))
	} else {
		pass++
	}
	check("Errorf multi Is", "true", fmt.Sprint(gerrors.Is(multi, Err{"2"})))
	// Fprintf to a writer, and Sprintf of large widths.
	var sb strings.Builder
	gfmt.Fprintf(&sb, "%05d|%s", 42, "x")
	gfmt.Fprint(&sb, 1, 2, "a", "b", 3)
	gfmt.Fprintln(&sb, "end", 4)
	check("Fprintf", "00042|x1 2ab3end 4\n", sb.String())
	check("wide", fmt.Sprintf("%300d|%-300s|", 5, "x"), gfmt.Sprintf("%300d|%-300s|", 5, "x"))
	check("Append", string(fmt.Appendf([]byte("a"), "%d", 1)), string(gfmt.Appendf([]byte("a"), "%d", 1)))
	fmt.Printf("fmt: %d verb combinations; %d passed, %d failed\n", n1, pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}

// fmtSafe gives a short description of v for failure messages.
func fmtSafe(v interface{}) string {
	defer func() { recover() }()
	s := fmt.Sprintf("%v", v)
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}
