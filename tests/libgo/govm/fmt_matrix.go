// fmt_matrix: prints Sprintf of many verbs, flags and values; run with
// both Go and govm (run_govm.sh) and compare the outputs.
package main

import (
	"errors"
	"fmt"
	"math"
)

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
		Nested{I: "str"}, Embed{inner{1, 2}, S{3, "s"}, true},
		&[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"x": 1},
		MyInt(5), MyStr("my"), MyFloat(2.5), ValStr(3),
		Str{4}, &Str{5}, nilStr, PStr{6}, &PStr{7}, nilPS,
		Err{"e1"}, &Err{"e2"}, nilErr, errors.New("plain"),
		Panicky{}, PanicErr{}, GoStr{1}, &GoStr{2},
		WithStringerField{Str{1}, Str{2}, Err{"f"}}, []Str{{1}, {2}}, map[Str]int{{1}: 1},
		[]error{Err{"a"}, nil}, struct{}{}, struct{ a, b int }{1, 2},
	}
}

var verbs = []string{"v", "d", "x", "X", "q", "s", "e", "f", "g", "T", "c", "U", "t", "b", "o"}
var flagsets = []string{"", "+", "-", "#", " ", "0", "+#"}
var widths = []string{"", "8"}
var precs = []string{"", ".2"}

func main() {
	for i, v := range values() {
		for _, verb := range verbs {
			for _, fl := range flagsets {
				for _, w := range widths {
					for _, pr := range precs {
						f := "%" + fl + w + pr + verb
						fmt.Printf("%d %s|"+f+"|\n", i, f, v)
					}
				}
			}
		}
		fmt.Println(v)
		fmt.Print(v, 1, "s", v, "\n")
	}
}
