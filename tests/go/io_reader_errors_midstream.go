// Readers that fail part way: io.ReadAll, io.Copy, io.ReadFull and
// bufio.Scanner return the data read so far with the error; io.EOF is not
// an error for ReadAll and Copy.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

var errDisk = errors.New("disk error")

type failing struct {
	data string
	pos  int
}

func (f *failing) Read(p []byte) (int, error) {
	if f.pos >= len(f.data) {
		return 0, errDisk
	}
	n := copy(p, f.data[f.pos:])
	if n > 4 {
		n = 4
	}
	f.pos += n
	return n, nil
}

func main() {
	b, err := io.ReadAll(&failing{data: "0123456789"})
	fmt.Printf("%q %v\n", b, err)
	var sb strings.Builder
	n, err := io.Copy(&sb, &failing{data: "copy this"})
	fmt.Println(n, err, sb.String())
	buf := make([]byte, 20)
	k, err := io.ReadFull(&failing{data: "short"}, buf)
	fmt.Println(k, err, errors.Is(err, errDisk))
	sc := bufio.NewScanner(&failing{data: "line one\nline two\npartial"})
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
}

// Output:
// "0123456789" disk error
// 9 disk error copy this
// 5 disk error true
// "line one"
// "line two"
// "partial"
// disk error
