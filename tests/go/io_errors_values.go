// The error values of package io and their messages.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	for _, e := range []error{io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe} {
		fmt.Println(e)
	}
	wrapped := fmt.Errorf("reading config: %w", io.ErrUnexpectedEOF)
	fmt.Println(wrapped, errors.Is(wrapped, io.ErrUnexpectedEOF), errors.Is(wrapped, io.EOF))
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}

// Output:
// EOF
// unexpected EOF
// short write
// short buffer
// multiple Read calls return no data or error
// io: read/write on closed pipe
// reading config: unexpected EOF true false
// 0 1 2
