package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10), strconv.FormatInt(0, 7))
	fmt.Println(strconv.FormatUint(18446744073709551615, 16), strconv.FormatUint(8, 8))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	fmt.Println(strconv.FormatBool(false), strconv.Quote("tab\there"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.QuoteToASCII("héllo"), strconv.Quote("\x00\xff"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
}

// Output:
// 11111111 ff -73
// -9223372036854775808 0
// ffffffffffffffff 10
// n=-42 true "q"
// false "tab\there" '☺'
// "h\u00e9llo" "\x00\xff"
// "a\tb" <nil>
// invalid syntax
