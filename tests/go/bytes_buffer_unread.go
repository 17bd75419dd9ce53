// bytes.Buffer UnreadByte and UnreadRune: allowed only right after a
// successful read, with Go's error messages otherwise; Truncate out of
// range panics.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("aé日")
	fmt.Println(b.UnreadByte())
	c, _ := b.ReadByte()
	fmt.Printf("%c %v\n", c, b.UnreadByte())
	fmt.Println(b.UnreadByte())
	fmt.Println(b.UnreadRune())
	r, n, _ := b.ReadRune()
	fmt.Printf("%c %d\n", r, n)
	r, n, _ = b.ReadRune()
	fmt.Printf("%c %d %v\n", r, n, b.UnreadRune())
	r, n, _ = b.ReadRune()
	fmt.Printf("%c %d\n", r, n)
	r, n, err := b.ReadRune()
	fmt.Println(r, n, err)
	b.WriteString("\xff")
	r, n, _ = b.ReadRune()
	fmt.Printf("%q %d %v\n", r, n, b.UnreadRune())
	b.WriteString("xyz")
	fmt.Println(b.UnreadByte())
	defer func() { fmt.Println("recovered:", recover()) }()
	b.Truncate(10)
}

// Output:
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// a <nil>
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// a 1
// é 2 <nil>
// é 2
// 26085 3 <nil>
// '�' 1 <nil>
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// recovered: bytes.Buffer: truncation out of range
