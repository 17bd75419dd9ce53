// io.OffsetWriter (Go 1.20) over an os.File: writing at offsets, Seek,
// WriteAt with negative offsets; derived from the documentation.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.CreateTemp("", "golden-offset-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	f.WriteString("0123456789")
	ow := io.NewOffsetWriter(f, 3)
	n, err := ow.Write([]byte("ab"))
	fmt.Println(n, err)
	n, err = ow.Write([]byte("cd"))
	fmt.Println(n, err)
	pos, err := ow.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	ow.Write([]byte("X"))
	n, err = ow.WriteAt([]byte("Z"), 6)
	fmt.Println(n, err)
	_, err = ow.WriteAt([]byte("Z"), -1)
	fmt.Println(err)
	_, err = ow.Seek(-5, io.SeekCurrent)
	fmt.Println(err)
	f.Close()
	b, _ := os.ReadFile(f.Name())
	fmt.Println(string(b))
}

// Output:
// 2 <nil>
// 2 <nil>
// 1 <nil>
// 1 <nil>
// Seek: invalid offset
// Seek: invalid offset
// 012aXcd78Z
