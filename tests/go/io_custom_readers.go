// Custom io.Reader and io.Writer implementations composed with the io
// helpers: a rot13 reader, an uppercasing writer, a reader returning one
// byte at a time (ReadFull still fills the buffer), and io.Copy between
// them.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	n, err := io.Copy(os.Stdout, rot13{strings.NewReader("Lbh penpxrq gur pbqr!\n")})
	fmt.Println(n, err)
	n, err = io.Copy(upper{os.Stdout}, strings.NewReader("shout this\n"))
	fmt.Println(n, err)
	buf := make([]byte, 6)
	k, err := io.ReadFull(oneByte{strings.NewReader("slowly read")}, buf)
	fmt.Println(k, err, string(buf))
	data, _ := io.ReadAll(oneByte{rot13{strings.NewReader("nopqrstuvwxyzabcdefghijklm")}})
	fmt.Println(string(data))
}

// Output:
// You cracked the code!
// 22 <nil>
// SHOUT THIS
// 11 <nil>
// 6 <nil> slowly
// abcdefghijklmnopqrstuvwxyz
