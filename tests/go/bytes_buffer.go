// bytes.Buffer: writing with every method and fmt.Fprintf, reading back
// with Read, ReadByte, ReadRune, ReadString, Next; String and Len.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	b.Write([]byte("界\n"))
	fmt.Fprintf(&b, "%d+%d=%d\n", 2, 2, 4)
	fmt.Printf("%q %d\n", b.String(), b.Len())

	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p))
	c, _ := b.ReadByte()
	fmt.Printf("%c\n", c)
	b.ReadByte()
	r, size, _ := b.ReadRune()
	fmt.Printf("%c %d\n", r, size)
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Printf("%q\n", b.Next(3))
	rest, err := b.ReadString('!')
	fmt.Printf("%q %v\n", rest, err)
	n, err = b.Read(p)
	fmt.Println(n, err, err == io.EOF, b.Len())

	buf := bytes.NewBufferString("line one\nline two\n")
	buf.WriteTo(os.Stdout)
	fmt.Println(buf.Len())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	b2 := bytes.NewBuffer([]byte("abc"))
	b2.Truncate(1)
	b2.WriteString("xyz")
	fmt.Println(b2.String(), string(b2.Bytes()))
	b2.Reset()
	fmt.Printf("%q %d\n", b2.String(), b2.Len())
}

// Output:
// "hello, 世界\n2+2=4\n" 20
// 5 <nil> hello
// ,
// 世 3
// "界\n" <nil>
// "2+2"
// "=4\n" EOF
// 0 EOF true 0
// line one
// line two
// 0
// <nil>
// axyz axyz
// "" 0
