package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// smallBufferSize is the capacity of a Buffer's first allocation.
const smallBufferSize = 64

// Buffer is a growable byte queue: writes append, reads consume from the
// front. A zero Buffer is empty and ready to use.
//
// The unread bytes are buf[off:]; writes append to buf. Growing follows
// Go's policy (first 64 bytes, then slide the data down when at most half
// the capacity is used, else double) so that Cap reports the same values.
type Buffer struct {
	buf      []byte
	off      int
	lastRead readOp // what UnreadByte and UnreadRune may undo
}

// readOp records the last read: opRead (Read, ReadByte, ...) allows
// UnreadByte; a ReadRune of n bytes (opRead1..4) allows UnreadRune too.
type readOp int8

const (
	opRead    readOp = -1
	opInvalid readOp = 0
	opRead1   readOp = 1
)

// ErrTooLarge is the panic value of a Buffer that cannot grow any
// further.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// NewBuffer returns a Buffer whose unread contents are buf; the Buffer
// owns buf from then on, so the caller should stop using it.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer whose unread contents are a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread bytes (b.Len() of them) without copying; the
// slice stays meaningful only until b is next changed.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread bytes as a string, or "<nil>" when b is a nil
// pointer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns how many bytes are unread.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the size of the storage allocated for b's data.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many more bytes fit before b must grow.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// AvailableBuffer returns a zero-length slice over b's free space
// (capacity b.Available()); append to it and pass the result straight to
// Write to avoid a copy.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// Truncate keeps only the first n unread bytes, reusing the storage. It
// panics unless 0 <= n <= b.Len().
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset empties b but keeps its storage for later writes.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// tryGrowByReslice makes room for n more bytes within the capacity, if
// there is enough, and returns the index where they go.
func (b *Buffer) tryGrowByReslice(n int) (int, bool) {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

// grow makes room for n more bytes and returns the index where they go.
// The writes try tryGrowByReslice first, so an emptied buffer keeps its
// read offset while the capacity suffices, as Go's does.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if i, ok := b.tryGrowByReslice(n); ok {
		return i
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		// Enough room once the read bytes are dropped: slide down.
		copy(b.buf, b.buf[b.off:])
	} else if c > maxInt-c-n {
		panic(ErrTooLarge)
	} else {
		// A new array for the unread bytes, the read ones in front and
		// n more, at least twice the capacity after the read bytes, as
		// Go sizes it.
		want := m + b.off + n
		if want < 2*(c-b.off) {
			want = 2 * (c - b.off)
		}
		nb := append([]byte(nil), make([]byte, want)...)
		copy(nb, b.buf[b.off:])
		b.buf = nb
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

const maxInt = int(^uint(0) >> 1)

// Grow makes sure n more bytes can be written without allocating again.
// A negative n panics, and so does (with ErrTooLarge) a Buffer that cannot
// grow that far.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends p, growing b when needed, and returns len(p), nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(len(p))
	if !ok {
		m = b.grow(len(p))
	}
	return copy(b.buf[m:], p), nil
}

// WriteString appends s, growing b when needed, and returns len(s), nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(len(s))
	if !ok {
		m = b.grow(len(s))
	}
	return copy(b.buf[m:], s), nil
}

// WriteByte appends c, growing b when needed, and returns nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(1)
	if !ok {
		m = b.grow(1)
	}
	b.buf[m] = c
	return nil
}

// WriteRune appends r encoded as UTF-8 and returns the encoding's length
// and nil.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	m, ok := b.tryGrowByReslice(utf8.UTFMax)
	if !ok {
		m = b.grow(utf8.UTFMax)
	}
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

// ReadFrom appends everything r yields until io.EOF, growing b as needed,
// and returns the byte count and the first error other than io.EOF.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread bytes to w until none are left or a write
// fails, and returns how many were written.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// empty reports whether everything written has been read.
func (b *Buffer) empty() bool { return len(b.buf) <= b.off }

// Read moves up to len(p) unread bytes into p and returns the count. An
// empty buffer gives io.EOF, unless p is empty too; any other read gives
// a nil error.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next consumes the next n unread bytes (all of them if fewer remain) and
// returns them without copying; the slice stays meaningful only until the
// next read or write.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

// ReadByte consumes and returns one byte, or returns io.EOF when none is
// left.
func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

// ReadRune consumes one UTF-8 character and returns it with its size. An
// empty buffer gives io.EOF; an invalid encoding consumes a single byte
// and gives U+FFFD, 1.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	c := b.buf[b.off]
	if c < utf8.RuneSelf {
		b.off++
		b.lastRead = opRead1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:])
	b.off += n
	b.lastRead = readOp(n)
	return r, n, nil
}

// UnreadRune puts back the rune the last ReadRune consumed. It fails
// unless the last operation on b was a successful ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte puts back the last byte consumed. It fails if the last
// operation was a write, or a read that failed or consumed nothing.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadBytes consumes bytes up to and including the first delim and
// returns a copy of them. Without a delim it returns what was left and
// io.EOF, so err is non-nil exactly when line does not end in delim.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	line = append(line, slice...)
	return line, err
}

// readSlice is ReadBytes without the copy.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}
