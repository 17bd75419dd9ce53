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
		// Try the split function on what is buffered (and, once reading
		// has stopped, even on nothing, for a last token).
		if s.end > s.start || s.err != nil {
			if result, over := s.splitNext(); over {
				return result
			}
		}
		if s.err != nil {
			// No token, and no more data to come.
			s.start = 0
			s.end = 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
}

// splitNext calls the split function on the buffered data. over says that
// Scan has its answer, result; otherwise the split function wants more
// data.
func (s *Scanner) splitNext() (result, over bool) {
	atEOF := s.err != nil
	n, token, err := s.split(s.buf[s.start:s.end], atEOF)
	if err == ErrFinalToken {
		s.token = token
		s.done = true
		return token != nil, true
	}
	if err != nil {
		s.setErr(err)
		return false, true
	}
	if !s.advance(n) {
		return false, true
	}
	s.token = token
	if token == nil {
		return false, false
	}
	if atEOF && n == 0 {
		// A token that consumes nothing after the end of the input
		// could come back forever.
		s.empties++
		if s.empties > maxConsecutiveEmptyReads {
			panic("bufio.Scan: too many empty tokens without progressing")
		}
	} else {
		s.empties = 0
	}
	return true, true
}

// makeRoom makes space at the end of the buffer for reading: it moves the
// unconsumed data to the front when the buffer is full or more than half
// consumed, and doubles the buffer, up to maxTokenSize, when that is not
// enough. It reports false, with ErrTooLong, when the buffer cannot grow.
func (s *Scanner) makeRoom() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		s.end = copy(s.buf, s.buf[s.start:s.end])
		s.start = 0
	}
	if s.end < len(s.buf) {
		return true
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
		s.setErr(ErrTooLong)
		return false
	}
	size := startBufSize
	if len(s.buf) > 0 {
		size = 2 * len(s.buf)
	}
	if size > s.maxTokenSize {
		size = s.maxTokenSize
	}
	grown := make([]byte, size)
	s.end = copy(grown, s.buf[s.start:s.end])
	s.start = 0
	s.buf = grown
	return true
}

// readMore reads into the free end of the buffer until it gets data or an
// error; after too many empty reads it records io.ErrNoProgress.
func (s *Scanner) readMore() {
	for tries := 0; tries <= maxConsecutiveEmptyReads; tries++ {
		n, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if n < 0 || n > len(s.buf)-s.end {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
	}
	s.setErr(io.ErrNoProgress)
}

// advance consumes n bytes of the buffer, reporting whether that was
// legal.
func (s *Scanner) advance(n int) bool {
	switch {
	case n < 0:
		s.setErr(ErrNegativeAdvance)
	case n > s.end-s.start:
		s.setErr(ErrAdvanceTooFar)
	default:
		s.start += n
		return true
	}
	return false
}

// setErr records err unless an error other than io.EOF is recorded
// already: the first real error wins.
func (s *Scanner) setErr(err error) {
	if s.err != nil && s.err != io.EOF {
		return
	}
	s.err = err
}

// Buffer gives s buf as its first buffer and lets the buffer grow to max
// bytes (or cap(buf), if larger), which bounds the token size. It must be
// called before the first Scan, or it panics.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf, s.maxTokenSize = buf[:cap(buf)], max
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
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc making every UTF-8 character a token. As in a
// range loop over a string, each invalid byte becomes a token holding the
// encoding of U+FFFD, "\xef\xbf\xbd".
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	width := 1
	if data[0] >= utf8.RuneSelf {
		// width 1 for a non-ASCII byte: invalid, or maybe incomplete.
		if _, width = utf8.DecodeRune(data); width == 1 {
			if !atEOF && !utf8.FullRune(data) {
				return 0, nil, nil // the rest may still come
			}
			return 1, errorRune, nil
		}
	}
	return width, data[:width], nil
}

// trimCR removes one '\r' from the end of line, if there is one.
func trimCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanLines is a SplitFunc making every line a token, without its line
// end ("\n" or "\r\n"); lines may be empty. A last line without a newline
// is a token too, unless it is empty.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if nl := indexByte(data, '\n'); nl >= 0 {
		return nl + 1, trimCR(data[:nl]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), trimCR(data), nil
	}
	return 0, nil, nil // wait for the line's end
}

// isSpace reports whether r is white space by Unicode's White_Space
// property, as unicode.IsSpace does (without importing the tables).
func isSpace(r rune) bool {
	switch {
	case r == ' ', '\t' <= r && r <= '\r':
		return true
	case r < 0x85:
		return false
	case r == 0x85, r == 0xA0, r == 0x1680:
		return true
	case 0x2000 <= r && r <= 0x200A:
		return true
	case r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// findSpace looks through data from index i on for the first rune that is
// white space (space true) or is not (space false), and returns its index
// and width; without one it returns len(data), 0.
func findSpace(data []byte, i int, space bool) (at, width int) {
	for i < len(data) {
		r, w := utf8.DecodeRune(data[i:])
		if isSpace(r) == space {
			return i, w
		}
		i += w
	}
	return len(data), 0
}

// ScanWords is a SplitFunc making every word a token: the non-empty runs
// of characters between unicode.IsSpace characters.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start, _ := findSpace(data, 0, false)
	if end, width := findSpace(data, start, true); end < len(data) {
		// The space after the word is consumed with it.
		return end + width, data[start:end], nil
	}
	if atEOF && start < len(data) {
		return len(data), data[start:], nil
	}
	// No complete word yet: drop the spaces, wait for more input.
	return start, nil, nil
}
