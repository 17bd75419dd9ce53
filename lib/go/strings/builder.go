package strings

import "unicode/utf8"

// Builder assembles a string from pieces written to it, copying as
// little as possible. A zero Builder is empty and ready to use.
//
// String hands out the bytes written so far without copying them
// (bytesToString, a native); this is safe because a Builder only ever
// appends past its length, and Reset/Grow move to a new buffer.
type Builder struct {
	buf []byte
}

// String returns everything written so far as a string.
func (b *Builder) String() string {
	return bytesToString(b.buf)
}

// Len returns how many bytes have been written (len(b.String())).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the size of the buffer behind b, written or not.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties b.
func (b *Builder) Reset() {
	b.buf = nil
}

func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

// Grow makes room for at least n more bytes without another allocation;
// a negative n panics.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends p to b and returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c to b and returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends r encoded as UTF-8 and returns the number of bytes
// written and nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s to b and returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// bytesToString returns a string sharing b's bytes (lib/strings.c).
func bytesToString(b []byte) string
