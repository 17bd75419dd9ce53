// Package io defines the interfaces that byte streams share (Reader,
// Writer and their relatives) and a few helpers built on them.
package io

import "errors"

// Values of Seek's whence argument.
const (
	SeekStart   = 0 // offset counts from the start
	SeekCurrent = 1 // offset counts from the current position
	SeekEnd     = 2 // offset counts from the end
)

// EOF is what Read returns once the input has ended normally.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF reports input that ended part-way through something
// of known size.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite reports a Write that took fewer bytes than it was given
// without saying why.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer reports a buffer too small for the requested read.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress is what some Reader users give up with after many Read
// calls that returned neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe reports I/O on a pipe that has been closed.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

var errInvalidWrite = errors.New("invalid write result")

// Reader is anything with a Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is anything with a Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is anything with a Close method.
type Closer interface {
	Close() error
}

// Seeker is anything with a Seek method.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriter is a Reader that is also a Writer.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser is a Reader that is also a Closer.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser is a Writer that is also a Closer.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser combines Reader, Writer and Closer.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReaderFrom is anything with a ReadFrom method (used by Copy).
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo is anything with a WriteTo method (used by Copy).
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt is anything with a ReadAt method.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// ByteReader is anything with a ReadByte method.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is a ByteReader that can also UnreadByte.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter is anything with a WriteByte method.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader is anything with a ReadRune method.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner is a RuneReader that can also UnreadRune.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter is anything with a WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w's own WriteString method when it
// has one and otherwise as a byte slice.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast calls r.Read until buf holds at least min bytes and returns
// the count. A buf shorter than min gives ErrShortBuffer; input ending
// early gives EOF if nothing was read and ErrUnexpectedEOF otherwise;
// once min bytes are in, any error from the last Read is dropped.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return
}

// ReadFull fills buf from r: it is ReadAtLeast(r, buf, len(buf)).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads r to the end and returns everything read. Reaching EOF
// is success (a nil error); any other error is returned with the data
// read before it.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// Copy moves data from src to dst until src reports EOF or either side
// fails, and returns the byte count and the first error (EOF is not an
// error here). It uses src's WriteTo or else dst's ReadFrom when present.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy using buf, when a buffer is needed at all, instead
// of allocating one; a non-nil empty buf panics.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies n bytes from src to dst and returns the count; fewer
// bytes come with an error, EOF if src simply ran out.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, 32*1024)
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}

// LimitReader returns a Reader over r that reports EOF after n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader passes reads on to R until N bytes have been read, then
// reports EOF; N counts down as data is read.
type LimitedReader struct {
	R Reader // where the data comes from
	N int64  // how many more bytes may be read
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

// Discard is a Writer that throws away whatever it is given and always
// succeeds.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// MultiWriter returns a Writer that passes every write to each of
// writers in turn, stopping at the first that fails or writes short.
func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	all = append(all, writers...)
	return &multiWriter{all}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			err = ErrShortWrite
			return
		}
	}
	return len(p), nil
}

// NopCloser turns r into a ReadCloser whose Close does nothing.
func NopCloser(r Reader) ReadCloser {
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }
