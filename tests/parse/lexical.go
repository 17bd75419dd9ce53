// Lexical elements: literals, comments, automatic semicolons.
package lexical

var ints = []int{0, 42, 0600, 0o600, 0O600, 0xBadFace, 0XBAD_FACE, 0b1011, 0B_1, 1_000_000, 0_600, 170141183460469231731687303715884105727}

var floats = []float64{0., 72.40, 072.40, 2.71828, 1.e+0, 6.67428e-11, 1E6, .25, .12345E+5, 1_5., 0.15e+0_2, 0x1p-2, 0x2.p10, 0x1.Fp+0, 0X.8p-0, 0X_1FFFP-16, 089.5, 1e1}

var imags = []complex128{0i, 0123i, 0o123i, 0xabci, 0.i, 2.71828i, 1.e+0i, 6.67428e-11i, 1E6i, .25i, .12345E+5i, 0x1p-2i}

var runes = []rune{'a', 'ä', '本', '\t', '\000', '\007', '\377', '\x07', '\xff', '\u12e4', '\U00101234', '\'', '\\', '\a', '\b', '\f', '\n', '\r', '\v', '"'}

var strs = []string{"", "abc", "\n", "\"", "Hello, world!\n", "日本語", "\u65e5本\U00008a9e", "\xff\u00FF", "\000\x00", "'", `abc`, `\n
\n`, `"`}

/* a general comment */ var afterComment = 1 /* on one line */

var multi = 1 /* a general comment
spanning lines acts like a newline */
var next = 2

func f() int {
	x := 1 // line comment
	x++
	return x
}

func g() {
	return
}

func h() (int, int) {
	return 1,
		2
}

var (
	a = []int{
		1,
		2,
	}
	b = f(
		1,
	)
	_ = a[
		0]
)

var ident = αβγ + _x9 + ThisVariableIsExported + 日本語
