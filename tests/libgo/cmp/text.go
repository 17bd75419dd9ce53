// text: strings, strconv, unicode, unicode/utf8 and errors of govmlib
// against the real packages.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	gerrors "govmlib/errors"
	gio "govmlib/io"
	gstrconv "govmlib/strconv"
	gstrings "govmlib/strings"
	gunicode "govmlib/unicode"
	gutf8 "govmlib/unicode/utf8"
)

var pass, fail int
var counts = map[string]int{}

func check(pkg, name string, want, got interface{}) {
	w, g := fmt.Sprintf("%#v", want), fmt.Sprintf("%#v", got)
	counts[pkg]++
	if w == g {
		pass++
		return
	}
	fail++
	if fail <= 60 {
		fmt.Printf("FAIL %s.%s\n  want %s\n  got  %s\n", pkg, name, w, g)
	}
}

// errString renders an error for comparison (nil or its text).
func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

var samples = []string{
	"", " ", "a", "abc", "Hello, World", "  leading and trailing  ", "\t\n x \r\v\f",
	"héllo wörld", "ÀÉÎÕÜ àéîõü", "日本語テキスト", "İstanbul ıi", "ǅǆǄ ǈ", "ß ẞ ﬁ", "Σίσυφος ΣΑΣ",
	"a,b,,c,", ",", ",,", "a--b---c", "aaaa", "abababab", "\xff\xfe bad \xc3", "\xc3\x28",
	"x\u00a0y\u2003z\u3000", "k\u212a K k", "s\u017f S", "tab\tsep\tvalues", "UPPER lower Title",
	"hello_world-foo bar.baz", "12 345 6789", "🎉 emoji 🎉", "\u0300combining", "ΐ ΰ",
}

var seps = []string{"", ",", "-", "--", "a", "ab", "é", " ", "xyz", "\xff"}

func main() {
	// strings
	for _, s := range samples {
		check("strings", "ToUpper", strings.ToUpper(s), gstrings.ToUpper(s))
		check("strings", "ToLower", strings.ToLower(s), gstrings.ToLower(s))
		check("strings", "ToTitle", strings.ToTitle(s), gstrings.ToTitle(s))
		check("strings", "Title", strings.Title(s), gstrings.Title(s))
		check("strings", "TrimSpace", strings.TrimSpace(s), gstrings.TrimSpace(s))
		check("strings", "Fields", strings.Fields(s), gstrings.Fields(s))
		check("strings", "FieldsFunc", strings.FieldsFunc(s, unicode.IsPunct), gstrings.FieldsFunc(s, unicode.IsPunct))
		check("strings", "ToValidUTF8", strings.ToValidUTF8(s, "?"), gstrings.ToValidUTF8(s, "?"))
		check("strings", "Clone", strings.Clone(s), gstrings.Clone(s))
		check("strings", "Map", strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s), gstrings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s))
		check("strings", "MapId", strings.Map(func(r rune) rune { return r }, s), gstrings.Map(func(r rune) rune { return r }, s))
		check("strings", "TrimFunc", strings.TrimFunc(s, unicode.IsLetter), gstrings.TrimFunc(s, unicode.IsLetter))
		check("strings", "IndexFunc", strings.IndexFunc(s, unicode.IsUpper), gstrings.IndexFunc(s, unicode.IsUpper))
		check("strings", "LastIndexFunc", strings.LastIndexFunc(s, unicode.IsSpace), gstrings.LastIndexFunc(s, unicode.IsSpace))
		for _, n := range []int{-1, 0, 1, 2, 3} {
			if n >= 0 {
				check("strings", "Repeat", strings.Repeat(s, n), gstrings.Repeat(s, n))
			}
		}
		for _, r := range []rune{'a', 'é', 'x', utf8.RuneError, -1, 0x10FFFF + 1, '日'} {
			check("strings", "IndexRune", strings.IndexRune(s, r), gstrings.IndexRune(s, r))
			check("strings", "ContainsRune", strings.ContainsRune(s, r), gstrings.ContainsRune(s, r))
		}
		for _, t := range samples {
			check("strings", "EqualFold", strings.EqualFold(s, t), gstrings.EqualFold(s, t))
			check("strings", "Compare", strings.Compare(s, t), gstrings.Compare(s, t))
			check("strings", "Index", strings.Index(s, t), gstrings.Index(s, t))
			check("strings", "Contains", strings.Contains(s, t), gstrings.Contains(s, t))
			check("strings", "ContainsAny", strings.ContainsAny(s, t), gstrings.ContainsAny(s, t))
			check("strings", "IndexAny", strings.IndexAny(s, t), gstrings.IndexAny(s, t))
			check("strings", "LastIndexAny", strings.LastIndexAny(s, t), gstrings.LastIndexAny(s, t))
			check("strings", "Trim", strings.Trim(s, t), gstrings.Trim(s, t))
			check("strings", "TrimLeft", strings.TrimLeft(s, t), gstrings.TrimLeft(s, t))
			check("strings", "TrimRight", strings.TrimRight(s, t), gstrings.TrimRight(s, t))
		}
		for _, t := range append(seps, strings.ToUpper(s), s) {
			check("strings", "Split", strings.Split(s, t), gstrings.Split(s, t))
			check("strings", "SplitAfter", strings.SplitAfter(s, t), gstrings.SplitAfter(s, t))
			for _, n := range []int{-1, 0, 1, 2, 3, 100} {
				check("strings", "SplitN", strings.SplitN(s, t, n), gstrings.SplitN(s, t, n))
				check("strings", "SplitAfterN", strings.SplitAfterN(s, t, n), gstrings.SplitAfterN(s, t, n))
				check("strings", "Replace", strings.Replace(s, t, "<>", n), gstrings.Replace(s, t, "<>", n))
			}
			check("strings", "ReplaceAll", strings.ReplaceAll(s, t, ""), gstrings.ReplaceAll(s, t, ""))
			check("strings", "Count", strings.Count(s, t), gstrings.Count(s, t))
			check("strings", "LastIndex", strings.LastIndex(s, t), gstrings.LastIndex(s, t))
			check("strings", "HasPrefix", strings.HasPrefix(s, t), gstrings.HasPrefix(s, t))
			check("strings", "HasSuffix", strings.HasSuffix(s, t), gstrings.HasSuffix(s, t))
			check("strings", "TrimPrefix", strings.TrimPrefix(s, t), gstrings.TrimPrefix(s, t))
			check("strings", "TrimSuffix", strings.TrimSuffix(s, t), gstrings.TrimSuffix(s, t))
			b1, a1, f1 := strings.Cut(s, t)
			b2, a2, f2 := gstrings.Cut(s, t)
			check("strings", "Cut", []interface{}{b1, a1, f1}, []interface{}{b2, a2, f2})
			if len(t) > 0 {
				check("strings", "IndexByte", strings.IndexByte(s, t[0]), gstrings.IndexByte(s, t[0]))
				check("strings", "LastIndexByte", strings.LastIndexByte(s, t[0]), gstrings.LastIndexByte(s, t[0]))
			}
		}
		check("strings", "Join", strings.Join(strings.Fields(s), "+"), gstrings.Join(strings.Fields(s), "+"))
	}
	// Replacer
	fmt.Fprintln(os.Stderr, "section Replacer")
	replacers := [][]string{
		{"a", "1", "b", "2"}, {"a", "1", "ab", "2"}, {"ab", "2", "a", "1"}, {"", "X"}, {"a", "", "", "-"},
		{"&", "&amp;", "<", "&lt;", ">", "&gt;"}, {"aaa", "3", "aa", "2", "a", "1"}, {"a", "b", "a", "c"},
		{"é", "e", "ö", "o"}, {"x", "yy"}, {"hello", "bye"}, {"", "", "a", "b"}, {"b", "X", "", "_"},
	}
	for _, r := range replacers {
		rr := strings.NewReplacer(r...)
		gr := gstrings.NewReplacer(r...)
		for _, s := range samples {
			check("strings", "Replacer", rr.Replace(s), gr.Replace(s))
		}
		check("strings", "Replacer2", rr.Replace("aaaaab abba <a&b>"), gr.Replace("aaaaab abba <a&b>"))
	}
	// Builder and Reader
	fmt.Fprintln(os.Stderr, "section Builder and Reader")
	var b gstrings.Builder
	b.WriteString("abc")
	b.WriteByte('!')
	b.WriteRune('é')
	b.WriteRune(-1)
	b.Write([]byte("xy"))
	check("strings", "Builder", "abc!é\uFFFDxy", b.String())
	check("strings", "BuilderLen", 11, b.Len())
	rd := gstrings.NewReader("héllo")
	all, err := gio.ReadAll(rd)
	check("strings", "Reader", "héllo <nil>", string(all)+" "+errString(err))
	// strconv
	fmt.Fprintln(os.Stderr, "section strconv")
	ints := []string{"", "0", "-0", "+5", "-5", "12345", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"0x1f", "0X1F", "0b101", "0o17", "017", "1_000", "0x_1f", "_1", "1__0", "1_", "abc", "12a", " 1",
		"999999999999999999999", "-", "+", "0x", "08", "1e3", "255", "256", "-129", "-128", "127", "128"}
	for _, s := range ints {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65} {
				v1, e1 := strconv.ParseInt(s, base, bits)
				v2, e2 := gstrconv.ParseInt(s, base, bits)
				check("strconv", "ParseInt "+s, fmt.Sprint(v1, errString(e1)), fmt.Sprint(v2, errString(e2)))
				u1, e1 := strconv.ParseUint(s, base, bits)
				u2, e2 := gstrconv.ParseUint(s, base, bits)
				check("strconv", "ParseUint "+s, fmt.Sprint(u1, errString(e1)), fmt.Sprint(u2, errString(e2)))
			}
		}
		a1, e1 := strconv.Atoi(s)
		a2, e2 := gstrconv.Atoi(s)
		check("strconv", "Atoi "+s, fmt.Sprint(a1, errString(e1)), fmt.Sprint(a2, errString(e2)))
		f1, e1 := strconv.ParseFloat(s, 64)
		f2, e2 := gstrconv.ParseFloat(s, 64)
		check("strconv", "ParseFloat "+s, fmt.Sprint(f1, errString(e1)), fmt.Sprint(f2, errString(e2)))
		b1, e1 := strconv.ParseBool(s)
		b2, e2 := gstrconv.ParseBool(s)
		check("strconv", "ParseBool", fmt.Sprint(b1, errString(e1)), fmt.Sprint(b2, errString(e2)))
	}
	_, e := gstrconv.Atoi("x")
	var ne *gstrconv.NumError
	check("strconv", "NumError As", true, gerrors.As(e, &ne) && ne.Func == "Atoi")
	check("strconv", "NumError Is", true, gerrors.Is(e, gstrconv.ErrSyntax))
	for _, v := range []int64{0, 1, -1, 7, 35, 36, 100, -100, 1 << 62, -1 << 63, 1<<63 - 1} {
		for base := 2; base <= 36; base++ {
			check("strconv", "FormatInt", strconv.FormatInt(v, base), gstrconv.FormatInt(v, base))
			check("strconv", "FormatUint", strconv.FormatUint(uint64(v), base), gstrconv.FormatUint(uint64(v), base))
		}
		check("strconv", "Itoa", strconv.Itoa(int(v)), gstrconv.Itoa(int(v)))
		check("strconv", "AppendInt", string(strconv.AppendInt([]byte("x"), v, 10)), string(gstrconv.AppendInt([]byte("x"), v, 10)))
	}
	quotes := append([]string{"\a\b\f\n\r\t\v", "\x7f\x00\x1f", "\u00ad\u200b\ufeff", "\U0001F600\U000E0001",
		"a'b\"c`d", "\\", "\u2028\u2029", "\xed\xa0\x80", "\U0010FFFF", "\u00a0\u3000"}, samples...)
	for _, s := range quotes {
		check("strconv", "Quote", strconv.Quote(s), gstrconv.Quote(s))
		check("strconv", "QuoteToASCII", strconv.QuoteToASCII(s), gstrconv.QuoteToASCII(s))
		check("strconv", "QuoteToGraphic", strconv.QuoteToGraphic(s), gstrconv.QuoteToGraphic(s))
		check("strconv", "CanBackquote", strconv.CanBackquote(s), gstrconv.CanBackquote(s))
		for _, q := range []string{strconv.Quote(s), "`" + s + "`", "'" + s + "'", "\"" + s + "\"", s} {
			u1, e1 := strconv.Unquote(q)
			u2, e2 := gstrconv.Unquote(q)
			check("strconv", "Unquote "+q, u1+errString(e1), u2+errString(e2))
			p1, e1 := strconv.QuotedPrefix(q + "tail")
			p2, e2 := gstrconv.QuotedPrefix(q + "tail")
			check("strconv", "QuotedPrefix "+q, p1+errString(e1), p2+errString(e2))
		}
	}
	for _, q := range []string{`'a'`, `'ab'`, `''`, `'\''`, `'"'`, `"'"`, `"\'"`, `'\"'`, `'\x41'`, `'\u00e9'`,
		`'\U0001F600'`, `'\400'`, `'\377'`, `"\377"`, `'\xff'`, "'\xff'", `"\z"`, `"\`, `"abc`, "`a`b`",
		"`a\rb`", `"\ud800"`, `'\ud800'`, `"\U00110000"`, `"a"b"`, "\"a\nb\"", `"\x4"`, `"\x4g"`, `"é"`, `'é'`} {
		u1, e1 := strconv.Unquote(q)
		u2, e2 := gstrconv.Unquote(q)
		check("strconv", "Unquote "+q, u1+errString(e1), u2+errString(e2))
		v1, m1, t1, e1 := strconv.UnquoteChar(q[1:], q[0])
		v2, m2, t2, e2 := gstrconv.UnquoteChar(q[1:], q[0])
		check("strconv", "UnquoteChar "+q, fmt.Sprint(v1, m1, t1, errString(e1)), fmt.Sprint(v2, m2, t2, errString(e2)))
	}
	for r := rune(-2); r < 0x110002; r++ {
		if r > 0x3000 && r < 0x10000 && r%7 != 0 {
			continue
		}
		if r >= 0x10000 && r%101 != 0 {
			continue
		}
		check("strconv", "QuoteRune", strconv.QuoteRune(r), gstrconv.QuoteRune(r))
		check("strconv", "QuoteRuneToASCII", strconv.QuoteRuneToASCII(r), gstrconv.QuoteRuneToASCII(r))
		check("strconv", "QuoteRuneToGraphic", strconv.QuoteRuneToGraphic(r), gstrconv.QuoteRuneToGraphic(r))
	}
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if strconv.IsPrint(r) != gstrconv.IsPrint(r) || strconv.IsGraphic(r) != gstrconv.IsGraphic(r) {
			check("strconv", fmt.Sprintf("IsPrint/IsGraphic %U", r), true, false)
		} else {
			counts["strconv"]++
			pass++
		}
	}
	for _, f := range []float64{0, 1, -1.5, 3.14159, 1e21, 1e-7, 123456789} {
		for _, c := range []byte("beEfgGxX") {
			for _, p := range []int{-1, 0, 3} {
				check("strconv", "FormatFloat", strconv.FormatFloat(f, c, p, 64), gstrconv.FormatFloat(f, c, p, 64))
			}
		}
	}
	check("strconv", "FormatComplex", strconv.FormatComplex(1+2i, 'g', -1, 128), gstrconv.FormatComplex(1+2i, 'g', -1, 128))
	// unicode: every code point
	fmt.Fprintln(os.Stderr, "section unicode: every code point")
	ufuncs := []struct {
		name string
		r, g func(rune) bool
	}{
		{"IsUpper", unicode.IsUpper, gunicode.IsUpper}, {"IsLower", unicode.IsLower, gunicode.IsLower},
		{"IsTitle", unicode.IsTitle, gunicode.IsTitle}, {"IsLetter", unicode.IsLetter, gunicode.IsLetter},
		{"IsDigit", unicode.IsDigit, gunicode.IsDigit}, {"IsNumber", unicode.IsNumber, gunicode.IsNumber},
		{"IsMark", unicode.IsMark, gunicode.IsMark}, {"IsPunct", unicode.IsPunct, gunicode.IsPunct},
		{"IsSymbol", unicode.IsSymbol, gunicode.IsSymbol}, {"IsControl", unicode.IsControl, gunicode.IsControl},
		{"IsSpace", unicode.IsSpace, gunicode.IsSpace}, {"IsPrint", unicode.IsPrint, gunicode.IsPrint},
		{"IsGraphic", unicode.IsGraphic, gunicode.IsGraphic},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }, func(r rune) bool { return gunicode.Is(gunicode.Han, r) }},
		{"Latin", func(r rune) bool { return unicode.In(r, unicode.Latin, unicode.Greek) }, func(r rune) bool { return gunicode.In(r, gunicode.Latin, gunicode.Greek) }},
	}
	ucount := 0
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		ok := true
		for _, f := range ufuncs {
			if f.r(r) != f.g(r) {
				check("unicode", fmt.Sprintf("%s(%U)", f.name, r), f.r(r), f.g(r))
				ok = false
			}
		}
		if unicode.ToUpper(r) != gunicode.ToUpper(r) || unicode.ToLower(r) != gunicode.ToLower(r) ||
			unicode.ToTitle(r) != gunicode.ToTitle(r) || unicode.SimpleFold(r) != gunicode.SimpleFold(r) {
			check("unicode", fmt.Sprintf("case(%U)", r), []rune{unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)},
				[]rune{gunicode.ToUpper(r), gunicode.ToLower(r), gunicode.ToTitle(r), gunicode.SimpleFold(r)})
			ok = false
		}
		if ok {
			pass++
			ucount++
		}
	}
	counts["unicode"] += ucount
	// utf8
	fmt.Fprintln(os.Stderr, "section utf8")
	var enc []string
	for r := rune(-1); r <= 0x110001; r += 37 {
		var b1, b2 [4]byte
		n1 := utf8.EncodeRune(b1[:], r)
		n2 := gutf8.EncodeRune(b2[:], r)
		check("utf8", "EncodeRune", b1[:n1], b2[:n2])
		check("utf8", "RuneLen", utf8.RuneLen(r), gutf8.RuneLen(r))
		check("utf8", "ValidRune", utf8.ValidRune(r), gutf8.ValidRune(r))
		check("utf8", "AppendRune", utf8.AppendRune(nil, r), gutf8.AppendRune(nil, r))
		enc = append(enc, string(b1[:n1]))
	}
	for i := 0; i < 4096; i++ {
		// pseudo-random byte strings, biased to UTF-8 lead/continuation bytes
		var b []byte
		x := uint32(i*2654435761 + 12345)
		for j := 0; j < 1+i%6; j++ {
			x = x*1103515245 + 12345
			c := byte(x >> 16)
			switch x >> 29 {
			case 0, 1:
				c = 0x80 | c&0x3F
			case 2:
				c = 0xC0 | c&0x3F
			case 3:
				c = 0xE0 | c&0x1F
			case 4:
				c = 0xF0 | c&0x0F
			}
			b = append(b, c)
		}
		enc = append(enc, string(b))
	}
	for _, s := range append(enc, samples...) {
		b := []byte(s)
		r1, n1 := utf8.DecodeRune(b)
		r2, n2 := gutf8.DecodeRune(b)
		check("utf8", "DecodeRune", []int{int(r1), n1}, []int{int(r2), n2})
		r1, n1 = utf8.DecodeRuneInString(s)
		r2, n2 = gutf8.DecodeRuneInString(s)
		check("utf8", "DecodeRuneInString", []int{int(r1), n1}, []int{int(r2), n2})
		r1, n1 = utf8.DecodeLastRune(b)
		r2, n2 = gutf8.DecodeLastRune(b)
		check("utf8", "DecodeLastRune", []int{int(r1), n1}, []int{int(r2), n2})
		r1, n1 = utf8.DecodeLastRuneInString(s)
		r2, n2 = gutf8.DecodeLastRuneInString(s)
		check("utf8", "DecodeLastRuneInString", []int{int(r1), n1}, []int{int(r2), n2})
		check("utf8", "FullRune", utf8.FullRune(b), gutf8.FullRune(b))
		check("utf8", "FullRuneInString", utf8.FullRuneInString(s), gutf8.FullRuneInString(s))
		check("utf8", "RuneCount", utf8.RuneCount(b), gutf8.RuneCount(b))
		check("utf8", "RuneCountInString", utf8.RuneCountInString(s), gutf8.RuneCountInString(s))
		check("utf8", "Valid", utf8.Valid(b), gutf8.Valid(b))
		check("utf8", "ValidString", utf8.ValidString(s), gutf8.ValidString(s))
		if len(b) > 0 {
			check("utf8", "RuneStart", utf8.RuneStart(b[0]), gutf8.RuneStart(b[0]))
		}
	}
	// errors
	fmt.Fprintln(os.Stderr, "section errors")
	base := gerrors.New("base")
	w1 := &wrap{"w1", base}
	w2 := &wrap{"w2", w1}
	check("errors", "New", "base", base.Error())
	check("errors", "Is", true, gerrors.Is(w2, base))
	check("errors", "IsNot", false, gerrors.Is(w2, gerrors.New("base")))
	check("errors", "IsNil", true, gerrors.Is(nil, nil))
	check("errors", "Unwrap", w1, gerrors.Unwrap(w2))
	check("errors", "UnwrapNil", nil, gerrors.Unwrap(base))
	var target *wrap
	check("errors", "As", true, gerrors.As(w2, &target) && target == w2)
	var me myErr
	check("errors", "AsValue", true, gerrors.As(&wrap{"x", myErr{3}}, &me) && me.code == 3)
	var iface interface{ Code() int }
	check("errors", "AsIface", true, gerrors.As(&wrap{"x", myErr{4}}, &iface) && iface.Code() == 4)
	j := gerrors.Join(nil, base, nil, myErr{5})
	check("errors", "Join", "base\ncode 5", j.Error())
	check("errors", "JoinNil", nil, gerrors.Join(nil, nil))
	check("errors", "JoinIs", true, gerrors.Is(j, base))
	check("errors", "JoinAs", true, gerrors.As(j, &me) && me.code == 5)
	check("errors", "IsMethod", true, gerrors.Is(myErr{1}, myErr{2}))
	check("errors", "EOF", "EOF", gio.EOF.Error())
	check("errors", "EOF io", io.EOF.Error(), gio.EOF.Error())
	check("errors", "New distinct", errors.New("a") == errors.New("a"), gerrors.New("a") == gerrors.New("a"))
	check("errors", "AsPanic", "errors: target must be a non-nil pointer", panicText(func() { gerrors.As(base, me) }))
	check("errors", "AsPanic2", "errors: *target must be interface or implement error", panicText(func() { gerrors.As(base, new(int)) }))
	check("errors", "AsPanic3", "errors: target cannot be nil", panicText(func() { gerrors.As(base, nil) }))

	for _, pkg := range []string{"strings", "strconv", "unicode", "utf8", "errors"} {
		fmt.Printf("%s: %d comparisons\n", pkg, counts[pkg])
	}
	fmt.Printf("text: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

type myErr struct{ code int }

func (e myErr) Error() string        { return fmt.Sprint("code ", e.code) }
func (e myErr) Code() int            { return e.code }
func (e myErr) Is(target error) bool { _, ok := target.(myErr); return ok }

func panicText(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return "no panic"
}
