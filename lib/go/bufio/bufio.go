// Package bufio puts a buffer in front of an io.Reader (Reader) or behind
// an io.Writer (Writer), so that many small reads or writes cost few calls
// of the wrapped one, and adds helpers for text: reading lines, runes and
// delimited strings, and splitting input into tokens (Scanner).
//
// When the wrapped reader or writer is called, and with how many bytes, is
// observable (interleaved output, short reads), so Reader, Writer and
// Scanner make the same calls as Go's: the same buffer sizes, the same
// decisions to read or write directly around the buffer, the same retry
// limits.
package bufio

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const (
	defaultBufSize           = 4096
	minReadBufferSize        = 16
	maxConsecutiveEmptyReads = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// Reader reads from an io.Reader through a buffer.
//
// buf[r:w] holds the buffered, unread bytes. lastByte (or -1) is what
// UnreadByte may put back, lastRuneSize (or -1) what UnreadRune may.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error // sticky error of rd, reported once by readErr
	lastByte     int
	lastRuneSize int
}

// NewReaderSize returns a Reader over rd with a buffer of at least size
// bytes (16 at the least); if rd is already a *Reader that large, it is
// returned itself.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	b := new(Reader)
	b.reset(make([]byte, size), rd)
	return b
}

// NewReader is NewReaderSize with the default size, 4096 bytes.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size returns the buffer's length in bytes.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops everything buffered and all state and makes b read from r,
// keeping its buffer (a zero Reader gets one of the default size).
// b.Reset(b) does nothing.
func (b *Reader) Reset(r io.Reader) {
	if b == r {
		return
	}
	buf := b.buf
	if buf == nil {
		buf = make([]byte, defaultBufSize)
	}
	b.reset(buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// forgetLast makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forgetLast() {
	b.lastByte = -1
	b.lastRuneSize = -1
}

// fill reads a new chunk into the buffer, after moving the unread bytes
// to its start. It tries up to maxConsecutiveEmptyReads times to get at
// least one byte or an error.
func (b *Reader) fill() {
	if b.r > 0 {
		b.w = copy(b.buf, b.buf[b.r:b.w])
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < maxConsecutiveEmptyReads; tries++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// readErr returns the pending error and clears it.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// haveData fills the buffer while it is empty and no error is pending,
// and reports whether it holds at least one byte then.
func (b *Reader) haveData() bool {
	for b.r == b.w {
		if b.err != nil {
			return false
		}
		b.fill()
	}
	return true
}

// Peek returns the next n bytes without consuming them; the slice is
// only good until the next read. Fewer than n bytes come with the reason,
// ErrBufferFull when n exceeds the buffer size.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forgetLast()
	// Read until n bytes are there, the buffer is full or reading fails.
	for b.err == nil && b.w-b.r < len(b.buf) && b.w-b.r < n {
		b.fill()
	}
	have := b.w - b.r
	switch {
	case n > len(b.buf):
		return b.buf[b.r:b.w], ErrBufferFull
	case have >= n:
		return b.buf[b.r : b.r+n], nil
	}
	// Short: report why.
	err := b.readErr()
	if err == nil {
		err = ErrBufferFull
	}
	return b.buf[b.r : b.r+have], err
}

// Discard consumes the next n bytes and returns how many it consumed,
// with an error when that is fewer than n. When n is at most b.Buffered()
// it always succeeds and does not read from the wrapped Reader.
func (b *Reader) Discard(n int) (discarded int, err error) {
	switch {
	case n < 0:
		return 0, ErrNegativeCount
	case n == 0:
		return 0, nil
	}
	b.forgetLast()
	for {
		// Drop what the buffer holds, reading a new chunk first when it
		// is empty (even with an error pending).
		if b.r == b.w {
			b.fill()
		}
		step := b.w - b.r
		if want := n - discarded; step > want {
			step = want
		}
		b.r += step
		discarded += step
		if discarded == n {
			return n, nil
		}
		if b.err != nil {
			return discarded, b.readErr()
		}
	}
}

// Read copies up to len(p) bytes into p and returns the count. It calls
// the wrapped Reader at most once, so it may return less than len(p) (use
// io.ReadFull for exactly that much), and it may return data together
// with io.EOF when the wrapped Reader does.
func (b *Reader) Read(p []byte) (n int, err error) {
	if b.r == b.w {
		// Nothing buffered.
		switch {
		case len(p) == 0 || b.err != nil:
			return 0, b.readErr()
		case len(p) >= len(b.buf):
			return b.readPast(p)
		}
		// One read into the emptied buffer; fill would retry empty reads.
		b.r, b.w = 0, 0
		got, err := b.rd.Read(b.buf)
		b.err = err
		if got < 0 {
			panic(errNegativeRead)
		}
		if got == 0 {
			return 0, b.readErr()
		}
		b.w += got
	} else if len(p) == 0 {
		return 0, nil
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// readPast reads straight into p, which is no smaller than the buffer,
// bypassing the empty buffer.
func (b *Reader) readPast(p []byte) (int, error) {
	n, err := b.rd.Read(p)
	b.err = err
	if n < 0 {
		panic(errNegativeRead)
	}
	if n > 0 {
		b.lastByte = int(p[n-1])
		b.lastRuneSize = -1
	}
	return n, b.readErr()
}

// ReadByte consumes and returns one byte, or returns the error that
// prevents it.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	if !b.haveData() {
		return 0, b.readErr()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the byte read last; only one byte can be put back,
// and only right after a read.
func (b *Reader) UnreadByte() error {
	switch {
	case b.lastByte < 0:
		return ErrInvalidUnreadByte
	case b.r > 0:
		b.r--
	case b.w > 0:
		// The buffer was refilled since: the byte's place is taken.
		return ErrInvalidUnreadByte
	default:
		// Empty buffer: the byte becomes its only content.
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.forgetLast()
	return nil
}

// ReadRune consumes one UTF-8 character and returns it with its size; an
// invalid encoding consumes a single byte and gives U+FFFD, 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	// Read on while the buffered bytes may be an incomplete character
	// and there is room and no error.
	for b.err == nil && b.w-b.r < len(b.buf) && b.w-b.r < utf8.UTFMax && !utf8.FullRune(b.buf[b.r:b.w]) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	head := b.buf[b.r:b.w]
	r, size = utf8.DecodeRune(head)
	b.r += size
	b.lastByte = int(head[size-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune puts back the rune read last. It fails unless the last call
// on b was ReadRune.
func (b *Reader) UnreadRune() error {
	size := b.lastRuneSize
	if size < 0 || size > b.r {
		return ErrInvalidUnreadRune
	}
	b.r -= size
	b.forgetLast()
	return nil
}

// Buffered returns how many bytes can be read without calling the wrapped
// Reader.
func (b *Reader) Buffered() int { return b.w - b.r }

// ReadSlice consumes bytes up to and including the first delim and
// returns them as a slice of the buffer, good only until the next read.
// Without a delim it returns what is buffered with the error that ended
// the search: usually io.EOF, or ErrBufferFull when the buffer filled.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	checked := 0 // unread bytes known not to hold delim
	for {
		if k := indexByte(b.buf[b.r+checked:b.w], delim); k >= 0 {
			end := b.r + checked + k + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil || b.w-b.r >= len(b.buf) {
			// Give up: hand out everything buffered.
			line = b.buf[b.r:b.w]
			b.r = b.w
			if b.err != nil {
				err = b.readErr()
			} else {
				err = ErrBufferFull
			}
			break
		}
		checked = b.w - b.r
		b.fill()
	}
	if len(line) > 0 {
		b.lastByte = int(line[len(line)-1])
		b.lastRuneSize = -1
	}
	return line, err
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// ReadLine returns the next line without its "\n" or "\r\n", as a slice
// of the buffer. A line longer than the buffer comes in pieces: every
// piece but the last has isPrefix set. The result is either a line or an
// error, never both. Most programs are better served by a Scanner or by
// ReadString('\n').
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	n := len(line)
	switch {
	case err == ErrBufferFull:
		if n > 0 && line[n-1] == '\r' {
			// The buffer may end between '\r' and '\n': leave the '\r'
			// for the next call to look at.
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	case n == 0:
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	// A line, whatever err says; drop its line end.
	if line[n-1] == '\n' {
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
		line = line[:n]
	}
	return line, false, nil
}

// pieces reads up to and including delim with ReadSlice. It returns
// copies of the full buffers it passed on the way, then the last slice
// (not copied, still in the buffer), their total length, and the error
// that ended the search early (nil when delim was found).
func (b *Reader) pieces(delim byte) (parts [][]byte, total int, err error) {
	for {
		part, err := b.ReadSlice(delim)
		total += len(part)
		if err != ErrBufferFull {
			return append(parts, part), total, err
		}
		kept := make([]byte, len(part))
		copy(kept, part)
		parts = append(parts, kept)
	}
}

// ReadBytes consumes bytes up to and including the first delim and
// returns a copy of them, however long. Without a delim it returns what
// it read and the error that stopped it (usually io.EOF), so err is
// non-nil exactly when the data does not end in delim.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	parts, total, err := b.pieces(delim)
	out := make([]byte, 0, total)
	for _, part := range parts {
		out = append(out, part...)
	}
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	parts, total, err := b.pieces(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, part := range parts {
		sb.Write(part)
	}
	return sb.String(), err
}

// WriteTo writes everything b holds or can still read to w (io.WriterTo).
// After the buffered bytes it lets the wrapped Reader's WriteTo, or else
// w's ReadFrom, do the rest when there is one, and otherwise reads and
// writes through the buffer as often as needed.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forgetLast()
	if n, err = b.writeBuf(w); err != nil {
		return n, err
	}
	if src, ok := b.rd.(io.WriterTo); ok {
		m, err := src.WriteTo(w)
		return n + m, err
	}
	if dst, ok := w.(io.ReaderFrom); ok {
		m, err := dst.ReadFrom(b.rd)
		return n + m, err
	}
	// Pump: fill the buffer (unless it is full), write it out, repeat
	// until a fill brings nothing.
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.writeBuf(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil // reaching the end is what WriteTo is for
	}
	return n, b.readErr()
}

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// writeBuf writes the buffered bytes to w, even when there are none.
func (b *Reader) writeBuf(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}

// Writer collects writes in a buffer and passes them on to an io.Writer
// in large pieces. The first write error sticks: later writes and Flush
// all return it. Call Flush at the end so that nothing stays buffered.
type Writer struct {
	err error
	buf []byte
	n   int // bytes buffered: buf[:n]
	wr  io.Writer
}

// NewWriterSize returns a Writer over w with a buffer of size bytes (the
// default size when size <= 0); if w is already a *Writer with at least
// that much, it is returned itself.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter is NewWriterSize with the default size, 4096 bytes.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size returns the buffer's length in bytes.
func (b *Writer) Size() int { return len(b.buf) }

// Reset throws away unflushed data and any sticky error and makes b write
// to w, keeping its buffer (a zero Writer gets one of the default size).
// b.Reset(b) does nothing.
func (b *Writer) Reset(w io.Writer) {
	if b == w {
		return
	}
	buf := b.buf
	if buf == nil {
		buf = make([]byte, defaultBufSize)
	}
	*b = Writer{buf: buf, wr: w}
}

// Flush passes everything buffered on to the wrapped Writer.
func (b *Writer) Flush() error {
	if b.err != nil || b.n == 0 {
		return b.err
	}
	wrote, err := b.wr.Write(b.buf[0:b.n])
	if err == nil {
		if wrote >= b.n {
			b.n = 0
			return nil
		}
		err = io.ErrShortWrite
	}
	// Keep the bytes not written, at the front, and the error.
	if wrote > 0 && wrote < b.n {
		copy(b.buf, b.buf[wrote:b.n])
	}
	b.n -= wrote
	b.err = err
	return err
}

// Available returns how many more bytes fit in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns a zero-length slice over the buffer's free
// space (capacity b.Available()); append to it and pass the result
// straight to Write to avoid a copy.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns how many bytes are waiting in the buffer.
func (b *Writer) Buffered() int { return b.n }

// Write adds p to the buffer, flushing as needed, and returns how much of
// p it took; less than len(p) comes with the reason.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil && len(p) > b.Available() {
		var n int
		if b.n == 0 {
			// Nothing buffered and more than fits: write p directly,
			// saving a copy.
			n, b.err = b.wr.Write(p)
		} else {
			// Top the buffer up and pass it on.
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteByte adds c to the buffer.
func (b *Writer) WriteByte(c byte) error {
	if b.err == nil && b.Available() <= 0 {
		b.Flush()
	}
	if b.err != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune adds r, UTF-8 encoded, to the buffer and returns the number
// of bytes and any error.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err == nil && b.Available() < utf8.UTFMax {
		b.Flush()
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		// Even the empty buffer is too short for every encoding.
		return b.WriteString(string(r))
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString is Write for a string.
func (b *Writer) WriteString(s string) (int, error) {
	sw, direct := b.wr.(io.StringWriter)
	nn := 0
	for b.err == nil && len(s) > b.Available() {
		var n int
		if direct && b.n == 0 {
			// Nothing buffered, more than fits, and the writer takes
			// strings: write s directly.
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// ReadFrom copies r into b until io.EOF (io.ReaderFrom). When the wrapped
// Writer has a ReadFrom method, that does the work once the buffer is
// empty (data already buffered is topped up from r and flushed first).
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	dst, delegate := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if err := b.Flush(); err != nil {
				return n, err
			}
		}
		if delegate && b.n == 0 {
			m, err := dst.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		got, err := b.readSome(r)
		b.n += got
		n += int64(got)
		if err == io.EOF {
			// Done. A buffer filled to the brim goes out now.
			if b.Available() == 0 {
				return n, b.Flush()
			}
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// readSome reads from r into the buffer's free space. A read that brings
// neither data nor an error is tried again, maxConsecutiveEmptyReads
// times in all, and then io.ErrNoProgress is reported.
func (b *Writer) readSome(r io.Reader) (int, error) {
	for tries := 0; tries < maxConsecutiveEmptyReads; tries++ {
		if got, err := r.Read(b.buf[b.n:]); got != 0 || err != nil {
			return got, err
		}
	}
	return 0, io.ErrNoProgress
}

// ReadWriter pairs a *Reader and a *Writer into one io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter reading from r and writing to w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
