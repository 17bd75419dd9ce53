// io.MultiReader (concatenation, nested), io.MultiWriter (every write to
// each writer) and io.TeeReader (copying what is read).
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := io.MultiReader(strings.NewReader("first "), strings.NewReader(""), strings.NewReader("second "),
		io.MultiReader(strings.NewReader("nested "), strings.NewReader("end")))
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
	n, err := r.Read(make([]byte, 4))
	fmt.Println(n, err)
	empty := io.MultiReader()
	n, err = empty.Read(make([]byte, 1))
	fmt.Println(n, err)

	var a, c bytes.Buffer
	w := io.MultiWriter(&a, &c, io.Discard)
	fmt.Fprintf(w, "to %d writers\n", 3)
	io.WriteString(w, "again\n")
	fmt.Printf("%q %q\n", a.String(), c.String())

	var seen bytes.Buffer
	t := io.TeeReader(strings.NewReader("tee time\n"), &seen)
	io.Copy(os.Stdout, t)
	fmt.Printf("%q\n", seen.String())
}

// Output:
// "first second nested end" <nil>
// 0 EOF
// 0 EOF
// "to 3 writers\nagain\n" "to 3 writers\nagain\n"
// tee time
// "tee time\n"
