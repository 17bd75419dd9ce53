package io

import "errors"

// ReadSeeker combines Reader and Seeker.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser combines Reader, Seeker and Closer.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker combines Writer and Seeker.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker combines Reader, Writer and Seeker.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// WriterAt is anything with a WriteAt method.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// MultiReader returns a Reader that reads readers one after the other,
// as if they were one stream: it reports EOF when the last is exhausted,
// and passes on any other error as soon as a reader returns it.
func MultiReader(readers ...Reader) Reader {
	r := make([]Reader, len(readers))
	copy(r, readers)
	return &multiReader{r}
}

type multiReader struct {
	readers []Reader // the ones not yet exhausted
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		// When only a nested multiReader is left, read from its readers
		// directly, so that deep chains do not recurse.
		if len(mr.readers) == 1 {
			if inner, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = inner.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			// Drop the exhausted reader (and let it be collected).
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				// More input may follow: not the end yet.
				err = nil
			}
			return
		}
	}
	return 0, EOF
}

func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if inner, ok := r.(*multiReader); ok {
			n, err = inner.WriteTo(w)
		} else {
			n, err = Copy(w, r)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[i:]
			return sum, err
		}
	}
	mr.readers = nil
	return sum, nil
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

// TeeReader returns a Reader over r that also writes to w every byte it
// reads, before its Read returns (nothing is buffered). A failed write
// is returned as the Read's error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

// SectionReader reads, seeks and reads at offsets within one stretch of
// a ReaderAt.
type SectionReader struct {
	r     ReaderAt
	base  int64 // where the section starts
	off   int64 // current position, from the start of r
	limit int64 // where the section ends
	n     int64 // the section's length as given
}

// NewSectionReader returns a SectionReader over the n bytes of r that
// start at offset off.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxint64 = 1<<63 - 1
	var limit int64
	if off <= maxint64-n {
		limit = n + off
	} else {
		// Overflow: the section extends to the end of the data.
		limit = maxint64
	}
	return &SectionReader{r, off, off, limit, n}
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if max := s.limit - s.off; int64(len(p)) > max {
		p = p[0:max]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return
}

// Seek moves the read position within the section (Seeker).
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errWhence
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

// ReadAt reads at offset off counted from the section's start
// (ReaderAt).
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	off += s.base
	if max := s.limit - off; int64(len(p)) > max {
		p = p[0:max]
		n, err = s.r.ReadAt(p, off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size returns the section's length in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Outer returns the ReaderAt, offset and length the section was made
// with.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) {
	return s.r, s.base, s.n
}

// OffsetWriter writes into a WriterAt with every offset shifted by the
// offset it was created with.
type OffsetWriter struct {
	w    WriterAt
	base int64 // the original offset
	off  int64 // the current offset
}

// NewOffsetWriter returns an OffsetWriter whose offset 0 is offset off
// of w.
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{w, off, off}
}

func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	n, err = o.w.WriteAt(p, o.off)
	o.off += int64(n)
	return
}

func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errOffset
	}
	return o.w.WriteAt(p, off+o.base)
}

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errWhence
	case SeekStart:
		offset += o.base
	case SeekCurrent:
		offset += o.off
	}
	if offset < o.base {
		return 0, errOffset
	}
	o.off = offset
	return offset - o.base, nil
}
