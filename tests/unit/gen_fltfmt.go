// gen_fltfmt.go writes the expected results for tests/unit/test_fltfmt.c,
// computed by real Go (strconv and the runtime's println):
//
//	cd tests/unit && GO111MODULE=off GOCACHE=/tmp/gocache go run gen_fltfmt.go > fltfmt_cases.txt
//
// One case per line, fields separated by one space (bitsNN fields are the
// raw IEEE bits in hex; no field contains a space):
//
//	F bits64 fmt prec bitsize result   strconv.FormatFloat(v, fmt, prec, bitsize)
//	P bits64 result                    println(v)
//	C bits64 bits64 result             println(complex(re, im))
//	R bitsize input bits64 rc          strconv.ParseFloat: rc 0 ok, 1 syntax, 2 range;
//	                                   input is "=" and the text, or "%" and its hex
//	I int64 base result                strconv.FormatInt
//	U uint64 base result               strconv.FormatUint
//
// The random values come from a fixed seed, so the output is reproducible.
// println writes to fd 2, which is pointed at stdout (linux only).
package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"syscall"
)

var out = bufio.NewWriterSize(os.Stdout, 1<<16)
var rng = rand.New(rand.NewSource(20240601))

func bits(v float64) string { return fmt.Sprintf("%016x", math.Float64bits(v)) }

func format(v float64, f byte, prec, size int) {
	fmt.Fprintf(out, "F %s %c %d %d %s\n", bits(v), f, prec, size, strconv.FormatFloat(v, f, prec, size))
}

// allShortest emits every format with prec -1.
func allShortest(v float64, size int) {
	for _, f := range []byte("eEfgGbxX") {
		format(v, f, -1, size)
	}
}

func specials() []float64 {
	vs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		5e-324, -5e-324, math.Float64frombits(0x000fffffffffffff), math.Float64frombits(0x0010000000000000),
		math.MaxFloat64, -math.MaxFloat64, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1, -1, 0.5, 1.5, 2.5, -2.5,
		100, 1e21, 1e20, 1e22, 1e23, 123456789, 5e-310, 9007199254740992, 9007199254740993,
		0.000001, 0.0000001, 0.0001, 0.00001, 1234567, 123456, 12345678901234567890, math.Pi, math.E,
		float64(float32(0.1)), math.MaxFloat32, math.SmallestNonzeroFloat32, 1.1754943508222875e-38,
		16777216, 16777217, 1e15, 1e16, 1e17, 999999.5, 9.5, 0.95, 0.05, 0.25, 0.125, 0.375, 1e-5,
		2.2250738585072014e-308, 4.9406564584124654e-324, 1.7976931348623157e308, 3.4028235e38,
		1.0000000000000002, 0.9999999999999999, 1e-300, 1.5e-300, 1e300, 299792458, 6.02214076e23,
		-0.0001234, 12.5, 0.015, 0.045, 1.005, 2.675, 1e-7, 8.41e21, 5.0e-324 * 3,
	}
	return vs
}

func genFormat() {
	precs := []int{0, 1, 3, 6, 16, 17, 30}
	for _, v := range specials() {
		allShortest(v, 64)
		allShortest(v, 32)
		for _, p := range precs {
			for _, f := range []byte("eEgGx") {
				format(v, f, p, 64)
			}
			if math.Abs(v) < 1e25 {
				format(v, 'f', p, 64)
			}
			format(v, 'e', p, 32)
			format(v, 'g', p, 32)
		}
	}
	// Large precisions: exact decimal expansions.
	for _, v := range []float64{0.1, 1.0 / 3, 5e-324, 1e-300, 123.456, 2.5, 1e23, math.MaxFloat64, math.Pi} {
		format(v, 'f', 60, 64)
		format(v, 'e', 60, 64)
		format(v, 'g', 40, 64)
		format(v, 'e', 100, 64)
		format(v, 'x', 20, 64)
	}
	format(5e-324, 'f', 1074, 64)
	format(math.MaxFloat64, 'f', 2, 64)
	format(math.MaxFloat64, 'f', -1, 64)
	format(5e-324, 'f', -1, 64)
	format(1, 'v', -1, 64)
	format(1, 'z', 3, 64)
	format(math.NaN(), 'z', 3, 64)
	// Powers of two and ten, with neighbours.
	for k := -1074; k <= 1023; k++ {
		v := math.Ldexp(1, k)
		format(v, 'e', -1, 64)
		if k%7 == 0 {
			format(v, 'x', -1, 64)
			format(v, 'g', 5, 64)
		}
		if k >= -149 && k <= 127 {
			format(v, 'e', -1, 32)
		}
	}
	for k := -323; k <= 308; k++ {
		v, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", k), 64)
		format(v, 'e', -1, 64)
		format(math.Nextafter(v, 0), 'e', -1, 64)
		format(math.Nextafter(v, math.Inf(1)), 'g', -1, 64)
		if k >= -45 && k <= 38 {
			format(v, 'g', -1, 32)
			f := float32(v)
			format(float64(math.Nextafter32(f, 0)), 'e', -1, 32)
			format(float64(math.Nextafter32(f, float32(math.Inf(1)))), 'e', -1, 32)
		}
	}
	// Random bit patterns.
	for i := 0; i < 1000; i++ {
		v := math.Float64frombits(rng.Uint64())
		if math.IsNaN(v) {
			continue
		}
		format(v, 'e', -1, 64)
		format(v, 'g', -1, 64)
		format(v, "xX"[i%2], -1, 64)
		format(v, 'b', -1, 64)
		format(v, "eE"[i%2], rng.Intn(22), 64)
		format(v, "gG"[i%2], rng.Intn(22), 64)
		format(v, 'x', rng.Intn(17), 64)
		format(v, 'g', -1, 32)
	}
	// Random subnormals.
	for i := 0; i < 400; i++ {
		v := math.Float64frombits(rng.Uint64() & 0x800fffffffffffff)
		format(v, 'e', -1, 64)
		format(v, 'x', rng.Intn(15)-1, 64)
		format(v, 'g', rng.Intn(20), 64)
	}
	// Moderate values: %f and %g thresholds, decimal ties.
	for i := 0; i < 1000; i++ {
		var v float64
		switch i % 4 {
		case 0:
			v = rng.Float64() * math.Pow(10, float64(rng.Intn(32)-10))
		case 1:
			v = float64(rng.Int63n(1000000)) / float64(int64(1)<<uint(rng.Intn(12))) // binary-exact ties
		case 2:
			v, _ = strconv.ParseFloat(fmt.Sprintf("%d.%03de%d", rng.Intn(1000), rng.Intn(1000), rng.Intn(30)-12), 64)
		case 3:
			v = float64(rng.Int63n(1 << uint(rng.Intn(60)+1)))
		}
		if rng.Intn(4) == 0 {
			v = -v
		}
		format(v, 'f', -1, 64)
		format(v, 'f', rng.Intn(13), 64)
		format(v, 'g', -1, 64)
		format(v, 'g', rng.Intn(18), 64)
		format(v, 'e', rng.Intn(18), 64)
		format(v, 'f', -1, 32)
		format(v, 'f', rng.Intn(10), 32)
	}
	// Random float32 bit patterns.
	for i := 0; i < 1200; i++ {
		f := math.Float32frombits(rng.Uint32())
		if f != f {
			continue
		}
		v := float64(f)
		format(v, 'e', -1, 32)
		format(v, 'g', -1, 32)
		format(v, 'x', -1, 32)
		format(v, 'b', -1, 32)
		format(v, 'x', rng.Intn(8), 32)
		format(v, 'e', rng.Intn(12), 32)
	}
}

func genInts() {
	vals := []int64{0, 1, -1, 9, 10, 35, 36, 100, -100, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32}
	for i := 0; i < 300; i++ {
		vals = append(vals, rng.Int63()>>uint(rng.Intn(63))*int64(1-2*rng.Intn(2)))
	}
	for i, v := range vals {
		for _, base := range []int{2, 8, 10, 16, 36, 2 + i%35} {
			fmt.Fprintf(out, "I %d %d %s\n", v, base, strconv.FormatInt(v, base))
			u := uint64(v)
			if i%2 == 0 {
				u = rng.Uint64()
			}
			fmt.Fprintf(out, "U %d %d %s\n", u, base, strconv.FormatUint(u, base))
		}
	}
}

func parse(s string, size int) {
	v, err := strconv.ParseFloat(s, size)
	rc := 0
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			rc = 2
		} else {
			rc = 1
		}
	}
	in := "=" + s
	if strings.IndexFunc(s, func(r rune) bool { return r <= ' ' || r > '~' }) >= 0 || s == "" {
		in = "%" + hex.EncodeToString([]byte(s))
	}
	fmt.Fprintf(out, "R %d %s %s %d\n", size, in, bits(v), rc)
}

// midpoint returns the exact decimal text of (a+b)/2.
func midpoint(a, b float64) string {
	x := new(big.Float).SetPrec(2000).SetFloat64(a)
	y := new(big.Float).SetPrec(2000).SetFloat64(b)
	x.Add(x, y)
	x.Quo(x, big.NewFloat(2))
	return x.Text('e', -1)
}

func withUnderscores(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if i+1 < len(s) && s[i] >= '0' && s[i] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' && rng.Intn(3) == 0 {
			b.WriteByte('_')
		}
	}
	return b.String()
}

func genParse() {
	fixed := []string{"", "1_000.5", "0x1_0p0", "0x_1p0", "1e-400", "1e400", "-1e400", "0x1p-2000", "0x1p2000",
		"inf", "+Inf", "-infinity", "INFINITY", "infinit", "infx", "nan", "+nan", "-nan", "NaN", "nAn", "nana",
		"0x", "0x1", "0x.p1", ".5", "5.", ".", "-.", "+", "-", "1e", "1e+", "1_e5", "1e1_0", "1e_10", "0x1.8p3",
		"1.5e-300", "0b101", "0o17", "  1", "1 ", "1.7976931348623159e308", "1.7976931348623158e308",
		"1.7976931348623157e308", "3.4028236e38", "3.4028235e38", "3.40282356779733661637539395458142568448e38",
		"3.40282356779733661637539395458142568447e38", "4e-324", "2e-324", "2.4703282292062328e-324",
		"2.4703282292062327e-324", "1__0", "_10", "10_", "0x1p1_0", "0X1P-1", "0x1P+1", "0x1.fffffffffffff8p1023",
		"0x1.fffffffffffff7ffp1023", "0x1.ffffffp127", "0x1.fffffefp127", "1.401298464324817e-45",
		"7.006492321624085e-46", "7.006492321624086e-46", "1e23", "8.589973e9", "0.1", "-0", "+0", "0e0",
		"0e1000000000000", "1e100000000000", "1e-100000000000", "0.000000000000000000000000000001e30",
		"1.0e+0001", "00001", "0x00000001p0", "0x1.000000000000080000000001p0", "0x1.00000000000008p0",
		"0x1.00000000000018p0", "0x.1p4", "0x1.p0", "0x1.8", "1.2.3", "1e2e3", "1p2", "0x1e2", "++1",
		"1__", "0x1p", "0x1p+", "0x_p0", "0x1_.2p0", "1._2", "1_.2", "0_1", "0_1e1", "+_1", "9_9.9_9e9_9",
		"123456789012345678901234567890", "0.30000000000000004", "0.30000000000000003", "2.2250738585072011e-308",
		"2.2250738585072012e-308", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
		"1e-1", "1E1", "1e+1", "1e-0", "iNf", "-Inf", "+infinity",
	}
	for _, s := range fixed {
		parse(s, 64)
		parse(s, 32)
	}
	long := "0." + strings.Repeat("0", 320) + "24703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125"
	parse(long, 64)
	parse(long+"1", 64)
	parse(long[:len(long)-1]+"4999999999999999999999999999999999999999999999999999999999999999999999999999999999999", 64)
	for i := 0; i < 700; i++ {
		var v float64
		if i%3 == 0 {
			v = rng.Float64() * math.Pow(10, float64(rng.Intn(40)-20))
		} else {
			v = math.Abs(math.Float64frombits(rng.Uint64()))
			if math.IsNaN(v) || math.IsInf(v, 0) {
				continue
			}
		}
		up := math.Nextafter(v, math.Inf(1))
		parse(strconv.FormatFloat(v, 'g', -1, 64), 64)
		parse(strconv.FormatFloat(v, 'e', 16, 64), 64)
		if !math.IsInf(up, 0) && (i%4 == 0 || (v > 1e-30 && v < 1e30)) {
			m := midpoint(v, up)
			parse(m, 64)
			// just above / below the midpoint
			parse(strings.Replace(m, "e", "0000001e", 1), 64)
			parse(withUnderscores(m), 64)
		}
		parse(strconv.FormatFloat(v, 'x', -1, 64), 64)
		// a hex mantissa with more bits than fit
		parse(fmt.Sprintf("0x%x.%xp%d", rng.Uint64()>>uint(rng.Intn(64)), rng.Uint64(), rng.Intn(2200)-1100), 64)
		f := float32(v)
		if f != 0 && !math.IsInf(float64(f), 0) {
			fu := math.Nextafter32(f, float32(math.Inf(1)))
			parse(midpoint(float64(f), float64(fu)), 32)
			parse(strconv.FormatFloat(float64(f), 'g', -1, 32), 32)
			parse(strconv.FormatFloat(v, 'e', 16, 64), 32)
			parse(fmt.Sprintf("0x%x.%xp%d", rng.Uint64()>>uint(rng.Intn(64)), rng.Uint32(), rng.Intn(300)-150), 32)
		}
	}
}

func genPrint() {
	vals := specials()
	for k := -323; k <= 308; k += 3 {
		v, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", k), 64)
		vals = append(vals, v, math.Nextafter(v, 0))
	}
	for i := 0; i < 800; i++ {
		vals = append(vals, math.Float64frombits(rng.Uint64()))
		vals = append(vals, rng.Float64()*math.Pow(10, float64(rng.Intn(30)-15)))
		vals = append(vals, float64(math.Float32frombits(rng.Uint32())))
		vals = append(vals, float64(rng.Intn(100000))/float64(rng.Intn(1000)+1))
	}
	out.Flush()
	if err := syscall.Dup2(1, 2); err != nil {
		panic(err)
	}
	for _, v := range vals {
		print("P ", bits(v), " ")
		println(v)
	}
	for i := 0; i+1 < len(vals); i += 37 {
		print("C ", bits(vals[i]), " ", bits(vals[i+1]), " ")
		println(complex(vals[i], vals[i+1]))
	}
}

func main() {
	genFormat()
	genInts()
	genParse()
	genPrint()
	out.Flush()
}
