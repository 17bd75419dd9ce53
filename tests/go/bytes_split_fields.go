// bytes.Split, SplitN, SplitAfter, Fields and FieldsFunc: results are
// subslices of the input (capacities limited to their length, so
// appending to one does not overwrite the next).
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("a,b,,c")
	parts := bytes.Split(s, []byte(","))
	fmt.Printf("%q %d\n", parts, len(parts))
	var shapes []string
	for _, p := range parts {
		shapes = append(shapes, fmt.Sprintf("%d/%d", len(p), cap(p)))
	}
	fmt.Println(shapes)
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q %q\n", parts, s)

	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b"), []byte(","), 0))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("1.2.3.4"), []byte("."), 3))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%q\n", bytes.Split([]byte(""), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar\tbaz\n\u00a0qux  ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("   ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c33d"), unicode.IsDigit))
	f := bytes.Fields([]byte("x y"))
	fmt.Println(cap(f[0]), cap(f[1]))
}

// Output:
// ["a" "b" "" "c"] 4
// [1/1 1/1 0/0 1/1]
// ["aX" "b" "" "c"] "a,b,,c"
// ["a" "b,c,d"]
// []
// ["a," "b," "c"]
// ["1." "2." "3.4"]
// ["h" "é" "l" "l" "o"]
// [""]
// ["foo" "bar" "baz" "qux"]
// []
// ["a" "b" "c" "d"]
// 1 1
