// bufio.Scanner limits: a token longer than the buffer's maximum ends the
// scan with ErrTooLong; Scanner.Buffer raises the limit; Buffer after
// Scan panics.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 100)
	input := "short\n" + long + "\nafter\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	sc = bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 10), 200)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())

	big := strings.Repeat("y", bufio.MaxScanTokenSize+10)
	sc = bufio.NewScanner(strings.NewReader(big))
	fmt.Println(sc.Scan(), sc.Err())

	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Buffer(nil, 10)
}

// Output:
// 5
// bufio.Scanner: token too long true
// 5
// 100
// 5
// <nil>
// false bufio.Scanner: token too long
// recovered: Buffer called after Scan
