// bytes.Buffer capacity growth (Go's policy: 64 bytes first, then doubling
// or sliding the unread data down), Grow, ReadFrom and the Cap after
// each step.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte('x')
	fmt.Println(b.Len(), b.Cap())
	b.WriteString(strings.Repeat("a", 63))
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte('y')
	fmt.Println(b.Len(), b.Cap())
	b.WriteString(strings.Repeat("b", 200))
	fmt.Println(b.Len(), b.Cap())
	b.Next(250)
	b.WriteString(strings.Repeat("c", 100))
	fmt.Println(b.Len(), b.Cap())
	b.Grow(1000)
	fmt.Println(b.Len(), b.Cap())
	n, err := b.ReadFrom(strings.NewReader(strings.Repeat("d", 5000)))
	fmt.Println(n, err, b.Len(), b.Cap())

	var g bytes.Buffer
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	b3 := bytes.NewBuffer(make([]byte, 0, 10))
	b3.WriteString("0123456789")
	b3.WriteByte('!')
	fmt.Println(b3.Len(), b3.Cap())
	defer func() { fmt.Println("recovered:", recover()) }()
	b3.Grow(-1)
}

// Output:
// 0 0
// 1 64
// 64 64
// 65 128
// 265 288
// 115 288
// 115 1152
// 5000 <nil> 5115 9728
// 0 64
// 0 128
// 11 24
// recovered: bytes.Buffer.Grow: negative count
