package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Scanner splits its input into tokens, one per call of Scan: lines
// without their line ends by default, or whatever another SplitFunc
// picks out (words, runes, bytes, ...).
//
// buf[start:end] holds the data read but not yet consumed by the split
// function; the buffer starts at 4096 bytes and doubles up to the maximum
// token size.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start, end   int
	err          error
	empties      int  // consecutive empty tokens without progress
	scanCalled   bool // Buffer and Split are forbidden after the first Scan
	done         bool
}

// SplitFunc finds the next token in data, the start of the unconsumed
// input (atEOF says no more will follow). It returns how many bytes to
// consume, the token if it found one (nil to ask for more data), and an
// error that stops the Scanner.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Errors a Scanner reports through Err.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken lets a SplitFunc end the scan without an error: a non-nil
// token returned with it is delivered as the last one.
var ErrFinalToken = errors.New("final token")

const (
	// MaxScanTokenSize limits how large the buffer, and so a token, may
	// grow, unless Scanner.Buffer sets another limit.
	MaxScanTokenSize = 64 * 1024

	startBufSize = 4096 // the first buffer's size
)

// NewScanner returns a Scanner reading r and splitting with ScanLines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the error that stopped the Scanner, or nil when it simply
// reached the end of the input.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the token found by the last Scan, without copying: the
// next Scan may overwrite it.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the token found by the last Scan as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Scan finds the next token, for Bytes and Text to return, and reports
// whether there was one. Once it returns false, the input is finished or
// an error happened, and Err tells which. A split function that keeps
// returning empty tokens without consuming input makes Scan panic.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Try the split function on what is buffered (and once more at
		// the end of the input, even with nothing buffered).
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return token != nil
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					// Empty tokens at EOF without progress.
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		// Move the data to the front when the buffer is full or more
		// than half consumed.
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		// A full buffer doubles, up to the maximum token size.
		if s.end == len(s.buf) {
			const maxInt = int(^uint(0) >> 1)
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
				s.setErr(ErrTooLong)
				return false
			}
			size := len(s.buf) * 2
			if size == 0 {
				size = startBufSize
			}
			if size > s.maxTokenSize {
				size = s.maxTokenSize
			}
			nb := make([]byte, size)
			copy(nb, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
			s.buf = nb
		}
		// Read; retry empty reads a limited number of times.
		for loop := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			loop++
			if loop > maxConsecutiveEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

// advance consumes n bytes of the buffer, reporting whether that was
// legal.
func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr records the first error encountered.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer gives s buf as its first buffer and lets the buffer grow to max
// bytes (or cap(buf), if larger), which bounds the token size. It must be
// called before the first Scan, or it panics.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split replaces the split function (ScanLines by default). It must be
// called before the first Scan, or it panics.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a SplitFunc making every byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc making every UTF-8 character a token. As in a
// range loop over a string, each invalid byte becomes a token holding the
// encoding of U+FFFD, "\xef\xbf\xbd".
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		// A valid encoding: width cannot be 1 for a non-ASCII byte.
		return width, data[0:width], nil
	}
	// An error: wait for more data unless the rune cannot be completed
	// or the input is over.
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

// dropCR removes one '\r' from the end of data, if there is one.
func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// ScanLines is a SplitFunc making every line a token, without its line
// end ("\n" or "\r\n"); lines may be empty. A last line without a newline
// is a token too, unless it is empty.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := indexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether the character is a Unicode white space
// character, as unicode.IsSpace does (without importing the tables).
func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if '\u2000' <= r && r <= '\u200a' {
		return true
	}
	switch r {
	case '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return false
}

// ScanWords is a SplitFunc making every word a token: the non-empty runs
// of characters between unicode.IsSpace characters.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	// No complete word yet: skip the spaces and wait for more input.
	return start, nil, nil
}
