// scan: Sscan/Sscanln/Sscanf/Fscan of govmlib/fmt against real fmt.
package main

import (
	"fmt"
	"os"
	"strings"

	gfmt "govmlib/fmt"
	gstrings "govmlib/strings"
)

var pass, fail int

func check(name, want, got string) {
	if want == got {
		pass++
		return
	}
	fail++
	if fail <= 40 {
		fmt.Printf("FAIL %s\n  want %q\n  got  %q\n", name, want, got)
	}
}

type targets struct {
	i  int
	s  string
	f  float64
	b  bool
	u  uint8
	i8 int8
	bs []byte
	r  rune
	f3 float32
}

func show(n int, err error, t *targets) string {
	return fmt.Sprintf("%d %v %+v", n, err, *t)
}

func main() {
	inputs := []string{
		"", " ", "\n", "42", "42 hello", "  7\n x 2.5 true", "-3 abc 1e3 false 200", "abc", "0x1f s 0x1p-2 T",
		"1 2 3 4 5 6 7 8 9", "12a", "+5 -", "3.5", "1_000 x", "0b101 y", "077 z", "99999999999999999999 x",
		"300 x", "true", "tru", "False", "1\n2\n", "5\n", "5 \n", "\"quoted str\" x", "`raw` x", "x\r\ny",
		"1,2", "a b\nc d", "NaN x +Inf", "inf x -inf", "1.5e", "\t9\t", "héllo wörld", "1 2\n3", "1\n\n2",
	}
	orders := []string{"i", "s", "is", "si", "isfb", "iisfbu", "f", "b", "u", "ii", "sss", "bs", "fs", "i8", "if"}
	ptr := func(t *targets, c byte) interface{} {
		switch c {
		case 'i':
			return &t.i
		case 's':
			return &t.s
		case 'f':
			return &t.f
		case 'b':
			return &t.b
		case 'u':
			return &t.u
		case '8':
			return &t.i8
		case 'y':
			return &t.bs
		case 'r':
			return &t.r
		}
		return &t.f3
	}
	args := func(t *targets, o string) []interface{} {
		var a []interface{}
		for i := 0; i < len(o); i++ {
			a = append(a, ptr(t, o[i]))
		}
		return a
	}
	for _, in := range inputs {
		for _, o := range orders {
			var t1, t2 targets
			n1, e1 := fmt.Sscan(in, args(&t1, o)...)
			n2, e2 := gfmt.Sscan(in, args(&t2, o)...)
			check(fmt.Sprintf("Sscan(%q, %s)", in, o), show(n1, e1, &t1), show(n2, e2, &t2))
			t1, t2 = targets{}, targets{}
			n1, e1 = fmt.Sscanln(in, args(&t1, o)...)
			n2, e2 = gfmt.Sscanln(in, args(&t2, o)...)
			check(fmt.Sprintf("Sscanln(%q, %s)", in, o), show(n1, e1, &t1), show(n2, e2, &t2))
			t1, t2 = targets{}, targets{}
			n1, e1 = fmt.Fscan(strings.NewReader(in), args(&t1, o)...)
			n2, e2 = gfmt.Fscan(gstrings.NewReader(in), args(&t2, o)...)
			check(fmt.Sprintf("Fscan(%q, %s)", in, o), show(n1, e1, &t1), show(n2, e2, &t2))
		}
	}
	formats := []struct {
		f, o string
	}{
		{"%d", "i"}, {"%d %s", "is"}, {"%d,%d", "ii"}, {"%s %f %t", "sfb"}, {"%x", "i"}, {"%o", "i"},
		{"%b", "i"}, {"%v %v", "is"}, {"%q", "s"}, {"%x", "s"}, {"%c", "r"}, {"%3d%s", "is"}, {"%2s%d", "si"},
		{"%d\n%d", "ii"}, {"%d %%", "i"}, {"a%d", "i"}, {"%d", "ii"}, {"%d %d", "i"}, {"%e", "f"}, {"%g", "3"},
		{"%5s", "s"}, {"%d%%", "i"}, {"x=%d y=%s", "is"}, {"%s", "y"}, {"%U", "r"}, {"%d\n", "i"}, {"%s\n%s", "ss"},
	}
	finputs := append([]string{"12,34", "a7", "x=5 y=z", "U+1F600", "68656c6c6f", "abc 1.5 true", "1%", "12345abc",
		"\"q\\tx\" y", "ff 10", "1\n2", "1 2", "1  \n  2"}, inputs...)
	for _, in := range finputs {
		for _, f := range formats {
			var t1, t2 targets
			n1, e1 := fmt.Sscanf(in, f.f, args(&t1, f.o)...)
			n2, e2 := gfmt.Sscanf(in, f.f, args(&t2, f.o)...)
			check(fmt.Sprintf("Sscanf(%q, %q)", in, f.f), show(n1, e1, &t1), show(n2, e2, &t2))
		}
	}
	fmt.Printf("scan: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}
