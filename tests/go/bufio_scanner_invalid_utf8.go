// bufio.ScanWords and ScanLines over invalid UTF-8: invalid bytes are
// word characters, tokens keep the raw bytes; ScanRunes maps each invalid
// byte to U+FFFD.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	in := "ok \xff\xfe bad\xc3 \xe2\x82 end\n\xffline2"
	sc := bufio.NewScanner(strings.NewReader(in))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%q\n", words)
	sc = bufio.NewScanner(strings.NewReader(in))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	sc = bufio.NewScanner(strings.NewReader("\xe2\x82\xac\xe2\x82"))
	sc.Split(bufio.ScanRunes)
	var runes []string
	for sc.Scan() {
		runes = append(runes, sc.Text())
	}
	fmt.Printf("%q\n", runes)
}

// Output:
// ["ok" "\xff\xfe" "bad\xc3" "\xe2\x82" "end" "\xffline2"]
// "ok \xff\xfe bad\xc3 \xe2\x82 end"
// "\xffline2"
// ["€" "�" "�"]
