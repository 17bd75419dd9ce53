// bufio.Writer with a small buffer over a writer that records each Write
// call: when writes go through the buffer, when they bypass it, and how
// an error from the underlying writer sticks.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

type recorder struct {
	calls []string
	limit int
	total int
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	if r.limit > 0 && r.total+len(p) > r.limit {
		n := r.limit - r.total
		r.total = r.limit
		return n, errors.New("disk full")
	}
	r.total += len(p)
	return len(p), nil
}

func main() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 8)
	w.WriteString("abc")
	w.WriteString("defgh")
	w.WriteString("ij")
	w.Write([]byte("0123456789ABCDEF"))
	w.WriteString(strings.Repeat("x", 20))
	w.Flush()
	fmt.Printf("%q\n", rec.calls)

	rec2 := &recorder{limit: 10}
	w2 := bufio.NewWriterSize(rec2, 4)
	n, err := w2.WriteString("0123456789abcdef")
	fmt.Println(n, err, w2.Buffered())
	fmt.Println(w2.Flush(), w2.WriteByte('z'))
	fmt.Printf("%q\n", rec2.calls)

	w3 := bufio.NewWriterSize(rec, 1)
	fmt.Println(w3.Size(), bufio.NewWriterSize(w, 4).Size(), bufio.NewWriter(w) == w)
	r := bufio.NewReaderSize(strings.NewReader(""), 1)
	fmt.Println(r.Size())
}

// Output:
// ["abcdefgh" "ij012345" "6789ABCDEF" "xxxxxxxx" "xxxxxxxx" "xxxx"]
// 12 disk full 2
// disk full disk full
// ["0123" "4567" "89ab"]
// 1 8 false
// 16
