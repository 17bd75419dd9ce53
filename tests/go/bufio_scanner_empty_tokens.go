// A split function returning empty tokens: Scan reports them; at the end
// of input, more than 100 empty tokens without progress panic.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	// Split on ';', where ";;" gives empty fields.
	split := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ';'); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc := bufio.NewScanner(strings.NewReader("a;;b;;;c"))
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %v\n", toks, sc.Err())

	defer func() { fmt.Println("recovered:", recover()) }()
	sc = bufio.NewScanner(strings.NewReader(""))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("not reached", n)
}

// Output:
// ["a" "" "b" "" "" "c"] <nil>
// recovered: bufio.Scan: too many empty tokens without progressing
