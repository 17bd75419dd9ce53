// A type implementing fmt.Formatter sees the verb, width, precision and
// flags through fmt.State; Formatter takes precedence over Stringer and
// applies to %v inside composite values.
package main

import (
	"fmt"
	"strings"
)

type money struct {
	cents int64
	cur   string
}

func (m money) String() string { return "never used" }

func (m money) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	s := fmt.Sprintf("%d.%02d %s", m.cents/100, m.cents%100, m.cur)
	switch verb {
	case 'v':
		if f.Flag('+') {
			s = "+" + s
		}
		if f.Flag('#') {
			s = fmt.Sprintf("money{%d, %q}", m.cents, m.cur)
		}
	case 's':
		s = strings.ToUpper(s)
	default:
		fmt.Fprintf(f, "%%!%c(money)", verb)
		return
	}
	if hasP && p < len(s) {
		s = s[:p]
	}
	if hasW && w > len(s) {
		if f.Flag('-') {
			s += strings.Repeat(".", w-len(s))
		} else {
			s = strings.Repeat(".", w-len(s)) + s
		}
	}
	f.Write([]byte(s))
}

func main() {
	m := money{12345, "eur"}
	fmt.Printf("[%v] [%s] [%+v] [%#v] [%d]\n", m, m, m, m, m)
	fmt.Printf("[%14v] [%-14v] [%.4v] [%10.3s]\n", m, m, m, m)
	fmt.Println(m, []money{{1, "usd"}, {250, "gbp"}})
	fmt.Printf("%v\n", map[string]money{"a": {5, "jpy"}})
	fmt.Printf("%v %v\n", &m, struct{ M money }{m})
	fmt.Println(fmt.Sprint(m) == fmt.Sprintf("%v", m))
}

// Output:
// [123.45 eur] [123.45 EUR] [+123.45 eur] [money{12345, "eur"}] [%!d(money)]
// [....123.45 eur] [123.45 eur....] [123.] [.......123]
// 123.45 eur [0.01 usd 2.50 gbp]
// map[a:0.05 jpy]
// 123.45 eur {123.45 eur}
// true
