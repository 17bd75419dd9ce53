// bufio.Reader ReadString, ReadBytes and ReadSlice: delimiters, the last
// piece without delimiter (io.EOF), and lines longer than the buffer.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha;beta;gamma"))
	for {
		s, err := r.ReadString(';')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\nend"), 16)
	fmt.Println(r.Size())
	b, err := r.ReadBytes('\n')
	fmt.Println(len(b), err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", b, err, err == io.EOF)

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("q", 20)+"\n"), 16)
	s, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadSlice('\n')
	fmt.Printf("%q %v\n", s, err)
	b, err = r.ReadBytes('x')
	fmt.Printf("%#v %v\n", b, err)
}

// Output:
// "alpha;" <nil>
// "beta;" <nil>
// "gamma" EOF
// 16
// 41 <nil>
// "end" EOF true
// "qqqqqqqqqqqqqqqq" bufio: buffer full
// "qqqq\n" <nil>
// []byte{} EOF
