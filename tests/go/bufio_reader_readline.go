// bufio.Reader.ReadLine: end-of-line stripping (\n and \r\n), isPrefix
// for lines longer than the buffer, and a "\r\n" split by the buffer's
// end.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "short\r\n" + strings.Repeat("a", 20) + "\n" + strings.Repeat("b", 15) + "\r\nno-newline"
	r := bufio.NewReaderSize(strings.NewReader(input), 16)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}
}

// Output:
// "short" false
// "aaaaaaaaaaaaaaaa" true
// "aaaa" false
// "bbbbbbbbbbbbbbb" true
// "" false
// "no-newline" false
// err: EOF
