// bufio.ReadWriter, Reader.WriteTo and Writer.ReadFrom moving data between
// buffers.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\npong\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got " + line)
	rw.Flush()
	fmt.Printf("%q\n", out.String())

	r := bufio.NewReader(strings.NewReader("copied through WriteTo"))
	var dst strings.Builder
	n, err := r.WriteTo(&dst)
	fmt.Println(n, err, dst.String())

	var sink bytes.Buffer
	w := bufio.NewWriter(&sink)
	w.WriteString("head:")
	m, err := w.ReadFrom(strings.NewReader("body"))
	fmt.Printf("%d %v %d %q\n", m, err, w.Buffered(), sink.String())
	w.Flush()
	fmt.Println(sink.String())
}

// Output:
// "got ping\n"
// 22 <nil> copied through WriteTo
// 4 <nil> 9 ""
// head:body
