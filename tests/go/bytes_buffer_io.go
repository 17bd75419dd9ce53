// bytes.Buffer as an io.Reader and io.Writer: io.Copy in both directions,
// ReadFrom/WriteTo, fmt.Fprint into it, and bytes.NewReader with
// io.SectionReader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("streamed into the buffer\n"))
	fmt.Println(n, err)
	fmt.Fprintf(&buf, "%s=%d\n", "answer", 42)
	m, err := buf.WriteTo(os.Stdout)
	fmt.Println(m, err, buf.Len())
	buf.WriteString("abc")
	var dst strings.Builder
	io.Copy(&dst, &buf)
	fmt.Println(dst.String(), buf.Len())

	r := bytes.NewReader([]byte("0123456789"))
	sec := io.NewSectionReader(r, 3, 4)
	b, _ := io.ReadAll(sec)
	fmt.Println(string(b))
	lr := io.LimitReader(bytes.NewBufferString("limited reader"), 7)
	b, _ = io.ReadAll(lr)
	fmt.Println(string(b))
	var w io.Writer = &buf
	_, isSW := w.(io.StringWriter)
	_, isBW := w.(io.ByteWriter)
	_, isRR := io.Reader(&buf).(io.RuneReader)
	fmt.Println(isSW, isBW, isRR)
}

// Output:
// 25 <nil>
// streamed into the buffer
// answer=42
// 35 <nil> 0
// abc 0
// 3456
// limited
// true true true
