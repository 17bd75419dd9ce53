// io.Copy, io.CopyN, io.CopyBuffer, io.ReadAll, io.WriteString,
// io.NopCloser and io.Discard.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }

func main() {
	var dst bytes.Buffer
	n, err := io.Copy(&dst, strings.NewReader("copy me"))
	fmt.Println(n, err, dst.String())
	n, err = io.CopyN(os.Stdout, strings.NewReader("only this part"), 4)
	fmt.Println()
	fmt.Println(n, err)
	n, err = io.CopyN(io.Discard, strings.NewReader("short"), 10)
	fmt.Println(n, err)
	n, err = io.CopyBuffer(onlyWriter{os.Stdout}, strings.NewReader("through a 3-byte buffer\n"), make([]byte, 3))
	fmt.Println(n, err)
	b, err := io.ReadAll(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(len(b), err)
	b, err = io.ReadAll(strings.NewReader(""))
	fmt.Printf("%#v %v\n", b, err)
	k, err := io.WriteString(onlyWriter{os.Stdout}, "WriteString\n")
	fmt.Println(k, err)
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	data, _ := io.ReadAll(rc)
	fmt.Println(string(data))
	n2, _ := io.Discard.Write([]byte("gone"))
	fmt.Println(n2)
	defer func() { fmt.Println("recovered:", recover()) }()
	io.CopyBuffer(&dst, strings.NewReader("x"), make([]byte, 0))
}

// Output:
// 7 <nil> copy me
// only
// 4 <nil>
// 5 EOF
// through a 3-byte buffer
// 24 <nil>
// 1000 <nil>
// []byte{} <nil>
// WriteString
// 12 <nil>
// <nil>
// nop
// 4
// recovered: empty buffer in CopyBuffer
