// bufio.Reader ReadRune, UnreadRune, ReadByte and UnreadByte, with the
// invalid-use errors.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("a€\xffz"))
	fmt.Println(r.UnreadRune(), r.UnreadByte())
	for i := 0; i < 5; i++ {
		ch, size, err := r.ReadRune()
		fmt.Printf("%q %d %v\n", ch, size, err)
	}
	r = bufio.NewReader(strings.NewReader("xy€"))
	b, _ := r.ReadByte()
	fmt.Printf("%c %v %v\n", b, r.UnreadRune(), r.UnreadByte())
	b, _ = r.ReadByte()
	b, _ = r.ReadByte()
	fmt.Printf("%c\n", b)
	ch, size, _ := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, r.UnreadRune())
	ch, size, _ = r.ReadRune()
	fmt.Printf("%q %d\n", ch, size)
}

// Output:
// bufio: invalid use of UnreadRune bufio: invalid use of UnreadByte
// 'a' 1 <nil>
// '€' 3 <nil>
// '�' 1 <nil>
// 'z' 1 <nil>
// '\x00' 0 EOF
// x bufio: invalid use of UnreadRune <nil>
// y
// '€' 3 <nil>
// '€' 3
