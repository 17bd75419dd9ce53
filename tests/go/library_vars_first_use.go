// Library package variables are initialised on their first use (govm
// defers them; frontend/check.c): every kind of use must see the value Go
// gives them at start.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode"
)

// a main-package variable initialised from library variables
var upper, han = unicode.Upper, unicode.Han

var (
	nRanges = len(unicode.PrintRanges)
	graphic = unicode.GraphicRanges[5] == unicode.Zs
)

func main() {
	fmt.Println(upper == unicode.Upper, upper == unicode.Lu, han == unicode.Han, nRanges, graphic)
	fmt.Println(unicode.Upper.R16[0], unicode.Upper.LatinOffset, len(unicode.Han.R32) > 0)
	fmt.Println(unicode.IsUpper('Q'), unicode.IsLetter('é'), unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Greek, unicode.Latin))

	// the address of a library variable, then stores through it
	p := &unicode.Digit
	fmt.Println(p == &unicode.Digit, *p == unicode.Nd)
	*p = unicode.Lu
	fmt.Println(unicode.IsDigit('7'), unicode.Digit == unicode.Lu, unicode.Is(unicode.Digit, 'A'))

	// assigning a library variable before its first use
	io.ErrShortWrite = errors.New("mine")
	fmt.Println(io.ErrShortWrite)
	os.Args = []string{"prog", "arg"}
	fmt.Println(os.Args, len(os.Args))

	// a variable of composite type, used inside a library function
	fmt.Println(strings.Fields(" a \t b\n c "), strings.TrimSpace("\v x \f"))
	fmt.Println(time.January.String(), time.Saturday, time.UTC, time.Unix(0, 0).UTC().Format(time.RFC3339))
	d, err := time.ParseDuration("1h2m3.5s")
	fmt.Println(d, err)
	fmt.Println(errors.Is(fmt.Errorf("wrap: %w", io.EOF), io.EOF), errors.Is(io.ErrUnexpectedEOF, io.EOF))
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintln(os.Stdout, unicode.SimpleFold('k'), unicode.ToUpper('ß'), unicode.ToTitle('ǆ'))
}

// Output:
// true true true 5 true
// {65 90 1} 3 true
// true true true true
// true true
// true true true
// mine
// [prog arg] 2
// [a b c] x
// January Saturday UTC 1970-01-01T00:00:00Z
// 1h2m3.5s <nil>
// true false
// 8490 223 453

// Stderr:
// to stderr
