// bytes.Reader: Read, ReadAt, Seek (every whence, negative position),
// ReadRune/UnreadRune, Len and Size, WriteTo, Reset.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bytes.NewReader([]byte("0123456789héllo"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Println(n, err, string(p), r.Len())
	pos, err := r.Seek(2, io.SeekCurrent)
	fmt.Println(pos, err)
	n, _ = r.Read(p)
	fmt.Println(string(p[:n]))
	pos, err = r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	ch, size, _ := r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%c %d %v\n", ch, size, r.UnreadRune())
	fmt.Println(r.UnreadRune())
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	n, err = r.ReadAt(p, 12)
	fmt.Println(n, err, string(p[:n]))
	n, err = r.ReadAt(p, 100)
	fmt.Println(n, err)
	_, err = r.ReadAt(p, -1)
	fmt.Println(err)
	r.Seek(10, io.SeekStart)
	w, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(w, err, r.Len())
	r.Reset([]byte("new"))
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	r.Seek(50, io.SeekStart)
	n, err = r.Read(p)
	fmt.Println(n, err, r.Len())
}

// Output:
// 16 16
// 4 <nil> 0123 12
// 6 <nil>
// 6789
// 11 <nil>
// é 2
// l 1 <nil>
// bytes.Reader.UnreadRune: previous operation was not ReadRune
// bytes.Reader.Seek: negative position
// bytes.Reader.Seek: invalid whence
// 4 <nil> �llo
// 0 EOF
// bytes.Reader.ReadAt: negative offset
// héllo
// 6 <nil> 0
// new
// 0 EOF 0
