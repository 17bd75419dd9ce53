// bufio.Scanner with the default ScanLines: \r\n endings, empty lines, a
// last line without newline, a lone \r kept inside a line.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "first line\r\nsecond\n\n  indented\tline\nmid\rcr\nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("\n"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Bytes())
	}
	sc = bufio.NewScanner(strings.NewReader("trailing\n\n"))
	for sc.Scan() {
		fmt.Printf("[%s]\n", sc.Text())
	}
}

// Output:
// 1 "first line"
// 2 "second"
// 3 ""
// 4 "  indented\tline"
// 5 "mid\rcr"
// 6 "last without newline"
// <nil>
// false <nil>
// ""
// [trailing]
// []
