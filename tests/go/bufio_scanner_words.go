// bufio.ScanWords: words separated by any Unicode white space, counting
// words over a multi-line text.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	text := "  The quick\tbrown fox\n\njumps over\u00a0the\u2003lazy dog.\r\n  Ünïcödé wörds, too!  "
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%d %q\n", len(words), words)
	sc = bufio.NewScanner(strings.NewReader(" \t\n "))
	sc.Split(bufio.ScanWords)
	fmt.Println(sc.Scan(), sc.Err())
}

// Output:
// 12 ["The" "quick" "brown" "fox" "jumps" "over" "the" "lazy" "dog." "Ünïcödé" "wörds," "too!"]
// false <nil>
