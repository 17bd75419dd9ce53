// text_ops: strings, strconv, unicode, utf8, errors and math results
// printed for comparison between Go and govm (run_govm.sh).
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	samples := []string{"", "Hello, World", "  héllo wörld  ", "ÀÉÎ àéî", "日本語", "a,b,,c", "\xff\xfe bad", "ǅǆǄ", "ß ﬁ", "k\u212a"}
	for _, s := range samples {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.Title(s), strings.TrimSpace(s))
		fmt.Printf("%q %q %v\n", strings.Fields(s), strings.Split(s, ","), strings.EqualFold(s, strings.ToUpper(s)))
		fmt.Println(strings.Count(s, "l"), strings.Index(s, "o"), strings.LastIndex(s, "l"), strings.ContainsAny(s, "xyzé"),
			strings.Repeat(s, 2), strings.ReplaceAll(s, "l", "L"), utf8.RuneCountInString(s), utf8.ValidString(s))
		r := strings.NewReplacer("a", "1", "é", "E", "", "-")
		fmt.Println(r.Replace(s), strconv.Quote(s), strconv.QuoteToASCII(s))
		for _, c := range s {
			fmt.Print(unicode.IsUpper(c), unicode.IsLetter(c), unicode.IsSpace(c), string(unicode.ToUpper(c)), " ")
		}
		fmt.Println()
	}
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d-", i)
		sb.WriteRune('é')
	}
	fmt.Println(sb.String(), sb.Len())
	for _, s := range []string{"42", "-17", "0x1F", "abc", "99999999999999999999", "3.14", "1e400", "", "+7", "0b101"} {
		i, err := strconv.Atoi(s)
		fmt.Println(i, err)
		j, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(j, err)
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 64), strconv.FormatInt(-255, 16), strconv.Itoa(123))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(u, err)
	base := &codeErr{7}
	wrapped := fmt.Errorf("layer: %w", base)
	var ce *codeErr
	fmt.Println(wrapped, errors.Is(wrapped, base), errors.As(wrapped, &ce), ce.code, errors.Unwrap(wrapped) == base)
	for _, x := range []float64{0, 0.5, 1, 2, 3, 10, -1.5, math.Pi, 100, 1e-3, 27, 1e10} {
		fmt.Println(x, math.Sqrt(x), math.Sin(x), math.Cos(x), math.Tan(x), math.Exp(x), math.Log(x), math.Log10(x), math.Log2(x))
		fmt.Println(math.Pow(x, 2.5), math.Pow(2, x), math.Cbrt(x), math.Atan(x), math.Atan2(x, 2), math.Hypot(x, 3),
			math.Sinh(x), math.Cosh(x), math.Tanh(x), math.Asin(x/100), math.Acos(x/100), math.Floor(x), math.Ceil(x), math.Round(-x))
	}
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(-1), math.NaN())
	fmt.Println(len(os.Args) > 0)
	m := map[string][]int{"b": {2}, "a": {1, 1}, "c": nil}
	fmt.Println(m, len(m))
	fmt.Printf("%v %+v %#v\n", m, struct{ A, b int }{1, 2}, []interface{}{1, "x", nil, 2.5, true})
}
