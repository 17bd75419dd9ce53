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
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
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
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill reads a new chunk into the buffer, after moving the unread bytes
// to its start. It tries up to maxConsecutiveEmptyReads times to get at
// least one byte or an error.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxConsecutiveEmptyReads; i++ {
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

// Peek returns the next n bytes without consuming them; the slice is
// only good until the next read. Fewer than n bytes come with the reason,
// ErrBufferFull when n exceeds the buffer size.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if avail := b.w - b.r; avail < n {
		n = avail
		err = b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard consumes the next n bytes and returns how many it consumed,
// with an error when that is fewer than n. When n is at most b.Buffered()
// it always succeeds and does not read from the wrapped Reader.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	remain := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > remain {
			skip = remain
		}
		b.r += skip
		remain -= skip
		if remain == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - remain, b.readErr()
		}
	}
}

// Read copies up to len(p) bytes into p and returns the count. It calls
// the wrapped Reader at most once, so it may return less than len(p) (use
// io.ReadFull for exactly that much), and it may return data together
// with io.EOF when the wrapped Reader does.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			// Nothing buffered and a large read: straight into p.
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		// One read into the emptied buffer.
		b.r = 0
		b.w = 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte consumes and returns one byte, or returns the error that
// prevents it.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the byte read last; only one byte can be put back,
// and only right after a read.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		// Empty buffer: the byte becomes its only content.
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadRune consumes one UTF-8 character and returns it with its size; an
// invalid encoding consumes a single byte and gives U+FFFD, 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune puts back the rune read last. It fails unless the last call
// on b was ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte = -1
	b.lastRuneSize = -1
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
	searched := 0 // bytes already known not to hold delim
	for {
		if i := indexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			i += searched
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if i := len(line) - 1; i >= 0 {
		b.lastByte = int(line[i])
		b.lastRuneSize = -1
	}
	return
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
	if err == ErrBufferFull {
		// A "\r\n" split by the buffer's end: keep the '\r' for the next
		// call.
		if len(line) > 0 && line[len(line)-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return
	}
	err = nil
	if line[len(line)-1] == '\n' {
		drop := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			drop = 2
		}
		line = line[:len(line)-drop]
	}
	return
}

// collectFragments reads until delim, returning the full buffers it had
// to copy on the way, the final fragment, their total length and the
// error that ended the search (nil if delim was found).
func (b *Reader) collectFragments(delim byte) (full [][]byte, frag []byte, total int, err error) {
	for {
		var e error
		frag, e = b.ReadSlice(delim)
		if e == nil {
			break
		}
		if e != ErrBufferFull {
			err = e
			break
		}
		c := make([]byte, len(frag))
		copy(c, frag)
		full = append(full, c)
		total += len(c)
	}
	total += len(frag)
	return full, frag, total, err
}

// ReadBytes consumes bytes up to and including the first delim and
// returns a copy of them, however long. Without a delim it returns what
// it read and the error that stopped it (usually io.EOF), so err is
// non-nil exactly when the data does not end in delim.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, frag, total, err := b.collectFragments(delim)
	buf := make([]byte, total)
	n := 0
	for _, f := range full {
		n += copy(buf[n:], f)
	}
	copy(buf[n:], frag)
	return buf, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, frag, total, err := b.collectFragments(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, f := range full {
		sb.Write(f)
	}
	sb.Write(frag)
	return sb.String(), err
}

// WriteTo writes everything b holds or can still read to w (io.WriterTo).
// After the buffered bytes it lets the wrapped Reader's WriteTo, or else
// w's ReadFrom, do the rest when there is one, and otherwise reads and
// writes through the buffer as often as needed.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte = -1
	b.lastRuneSize = -1
	n, err = b.writeBuf(w)
	if err != nil {
		return
	}
	if r, ok := b.rd.(io.WriterTo); ok {
		m, err := r.WriteTo(w)
		n += m
		return n, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		n += m
		return n, err
	}
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
		b.err = nil
	}
	return n, b.readErr()
}

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// writeBuf writes the buffered bytes to w.
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
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush passes everything buffered on to the wrapped Writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		// Keep what was not written.
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
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
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			// Nothing buffered and more than fits: write p directly.
			n, b.err = b.wr.Write(p)
		} else {
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
	nn += n
	return nn, nil
}

// WriteByte adds c to the buffer.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune adds r, UTF-8 encoded, to the buffer and returns the number
// of bytes and any error.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		err = b.WriteByte(byte(r))
		if err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	n := b.Available()
	if n < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		n = b.Available()
		if n < utf8.UTFMax {
			// Only with a tiny buffer.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString is Write for a string.
func (b *Writer) WriteString(s string) (int, error) {
	var sw io.StringWriter
	trySW := true
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if trySW {
			sw, trySW = b.wr.(io.StringWriter)
		}
		if b.Buffered() == 0 && trySW {
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
	nn += n
	return nn, nil
}

// ReadFrom copies r into b until io.EOF (io.ReaderFrom). When the wrapped
// Writer has a ReadFrom method, that does the work once the buffer is
// empty (data already buffered is topped up from r and flushed first).
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, rfOK := b.wr.(io.ReaderFrom)
	var m int
	for {
		if b.Available() == 0 {
			if err1 := b.Flush(); err1 != nil {
				return n, err1
			}
		}
		if rfOK && b.Buffered() == 0 {
			nn, err := rf.ReadFrom(r)
			b.err = err
			n += nn
			return n, err
		}
		tries := 0
		for tries < maxConsecutiveEmptyReads {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			tries++
		}
		if tries == maxConsecutiveEmptyReads {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A full buffer is flushed right away.
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
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
