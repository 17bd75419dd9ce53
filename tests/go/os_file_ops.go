// os.Create, OpenFile with O_APPEND / O_EXCL / O_TRUNC, File.Write,
// WriteString, WriteAt, Read, ReadAt, Seek, Truncate, Stat and Close
// (closing twice, using a closed file).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "golden-fileops-")
	defer os.RemoveAll(dir)
	name := dir + "/data.txt"
	f, err := os.Create(name)
	fmt.Println(err)
	n, err := f.WriteString("hello, world\n")
	fmt.Println(n, err)
	f.Write([]byte("second line\n"))
	f.WriteAt([]byte("HELLO"), 0)
	pos, _ := f.Seek(0, io.SeekCurrent)
	fmt.Println(pos)
	f.Seek(0, io.SeekStart)
	buf := make([]byte, 8)
	n, err = f.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf)
	n, err = f.ReadAt(buf, 20)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	st, _ := f.Stat()
	fmt.Println(st.Size(), st.IsDir(), st.Name())
	fmt.Println(f.Truncate(5))
	clean := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), dir, "DIR") }
	fmt.Println(f.Close())
	fmt.Println(clean(f.Close()))
	_, err = f.Write([]byte("x"))
	fmt.Println(clean(err))
	_, err = f.Read(buf)
	fmt.Println(clean(err))

	a, _ := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	a.WriteString(" appended")
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	a.Close()
	b, _ := os.ReadFile(name)
	fmt.Printf("%q\n", b)

	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(os.IsExist(err))
	t, _ := os.OpenFile(name, os.O_TRUNC|os.O_RDWR, 0)
	st, _ = t.Stat()
	fmt.Println(st.Size())
	n, err = t.Read(buf)
	fmt.Println(n, err)
	t.Close()
	r, _ := os.Open(name)
	_, err = r.Write([]byte("read-only"))
	fmt.Println(err != nil)
	r.Close()
}

// Output:
// <nil>
// 13 <nil>
// 25
// 8 <nil> "HELLO, w"
// 5 EOF "line\n"
// 25 false data.txt
// <nil>
// <nil>
// close DIR/data.txt: file already closed
// write DIR/data.txt: file already closed
// read DIR/data.txt: file already closed
// os: invalid use of WriteAt on file opened with O_APPEND
// "HELLO appended"
// true
// 0
// 0 EOF
// true
