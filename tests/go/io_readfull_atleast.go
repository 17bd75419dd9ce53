// io.ReadFull and io.ReadAtLeast: exact reads, short input
// (ErrUnexpectedEOF), empty input (EOF) and a too-small buffer.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("some io.Reader stream to be read")
	buf := make([]byte, 4)
	n, err := io.ReadFull(r, buf)
	fmt.Println(n, err, string(buf))
	long := make([]byte, 64)
	n, err = io.ReadFull(r, long)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF, string(long[:n]))
	n, err = io.ReadFull(r, buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadFull(r, nil)
	fmt.Println(n, err)

	r = strings.NewReader("0123456789")
	b := make([]byte, 8)
	n, err = io.ReadAtLeast(r, b, 3)
	fmt.Println(n, err, string(b[:n]))
	n, err = io.ReadAtLeast(r, b, 5)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(r, make([]byte, 2), 3)
	fmt.Println(n, err)
}

// Output:
// 4 <nil> some
// 28 unexpected EOF true  io.Reader stream to be read
// 0 EOF true
// 0 <nil>
// 8 <nil> 01234567
// 2 unexpected EOF
// 0 short buffer
