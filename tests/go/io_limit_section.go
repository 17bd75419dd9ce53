// io.LimitReader / LimitedReader and io.SectionReader (Read, ReadAt,
// Seek, Size).
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	lr := io.LimitReader(strings.NewReader("some io.Reader stream to be read"), 11)
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %v %d\n", b, err, lr.(*io.LimitedReader).N)
	l := &io.LimitedReader{R: strings.NewReader("abc"), N: -1}
	n, err := l.Read(make([]byte, 3))
	fmt.Println(n, err)

	src := strings.NewReader("0123456789abcdef")
	s := io.NewSectionReader(src, 4, 8)
	fmt.Println(s.Size())
	all, _ := io.ReadAll(s)
	fmt.Printf("%q\n", all)
	p := make([]byte, 5)
	n, err = s.ReadAt(p, 5)
	fmt.Println(n, err, string(p[:n]))
	n, err = s.ReadAt(p, 8)
	fmt.Println(n, err)
	pos, err := s.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	n, _ = s.Read(p)
	fmt.Println(string(p[:n]))
	_, err = s.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = s.Seek(0, 9)
	fmt.Println(err)
}

// Output:
// "some io.Rea" <nil> 0
// 0 EOF
// 8
// "456789ab"
// 3 EOF 9ab
// 0 EOF
// 6 <nil>
// ab
// Seek: invalid offset
// Seek: invalid whence
