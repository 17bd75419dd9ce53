// bufio.Reader Peek (including ErrBufferFull and short input), Discard,
// Buffered and Read's single underlying read.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz"), 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	n, err := r.Discard(3)
	fmt.Println(n, err, r.Buffered())
	buf := make([]byte, 30)
	n, err = r.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.Discard(100)
	fmt.Println(n, err)
	p, err = r.Peek(1)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
}

// Output:
// "01234" <nil> 16
// "0123456789abcdef" bufio: buffer full
// 3 <nil> 13
// 13 <nil> "3456789abcdef"
// 20 <nil> "ghijklmnopqrstuvwxyz"
// 0 EOF
// "" EOF
// bufio: negative count
