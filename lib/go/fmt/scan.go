package fmt

import (
	"errors"
	"io"
	"os"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// Scanning: Scan/Scanln/Scanf and their F (io.Reader) and S (string)
// variants, with Go's rules: Scan treats newlines as space; Scanln stops at
// a newline and requires one (or EOF) after the last operand; Scanf matches
// the format, where spaces match zero or more spaces and a newline must
// match a newline. Errors are reported by panicking with a scanError
// inside the scanner and recovered at the top (scanRecover).
//
// A reader that is not an io.RuneScanner is read one byte at a time; the
// rune read past the last operand is lost, as documented for Go.

// ScanState is what a Scanner's Scan method receives: access to the input
// and to the operand's width.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is the interface of values that scan themselves: Scan reads the
// value's text from the state and stores the value in the receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

const eof = -1

const hugeWid = 1 << 30

type scanError struct {
	err error
}

// byteRuneReader reads runes from a plain io.Reader byte by byte, with one
// rune of pushback.
type byteRuneReader struct {
	r       io.Reader
	pending rune // -1: none
	pendSz  int
	last    rune
	lastSz  int
	buf     [utf8.UTFMax]byte
}

func (b *byteRuneReader) readByte() (byte, error) {
	n, err := io.ReadFull(b.r, b.buf[:1])
	if n != 1 {
		if err == nil || err == io.ErrUnexpectedEOF {
			err = io.EOF
		}
		return 0, err
	}
	return b.buf[0], nil
}

func (b *byteRuneReader) ReadRune() (r rune, size int, err error) {
	if b.pending >= 0 {
		r, size = b.pending, b.pendSz
		b.pending = -1
		b.last, b.lastSz = r, size
		return r, size, nil
	}
	c, err := b.readByte()
	if err != nil {
		return 0, 0, err
	}
	if c < utf8.RuneSelf {
		b.last, b.lastSz = rune(c), 1
		return rune(c), 1, nil
	}
	var p [utf8.UTFMax]byte
	p[0] = c
	n := 1
	for n < utf8.UTFMax && !utf8.FullRune(p[:n]) {
		c, err = b.readByte()
		if err != nil {
			break
		}
		p[n] = c
		n++
	}
	r, size = utf8.DecodeRune(p[:n])
	// Bytes read past an invalid sequence are lost, as Go's reader does
	// when it cannot put them back.
	b.last, b.lastSz = r, size
	return r, size, nil
}

func (b *byteRuneReader) UnreadRune() error {
	b.pending, b.pendSz = b.last, b.lastSz
	return nil
}

// stringReader reads a string (Sscan & co.).
type stringReader struct {
	s    string
	i    int
	prev int
}

func (r *stringReader) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		r.prev = -1
		return 0, 0, io.EOF
	}
	r.prev = r.i
	c, n := rune(r.s[r.i]), 1
	if c >= utf8.RuneSelf {
		c, n = utf8.DecodeRuneInString(r.s[r.i:])
	}
	r.i += n
	return c, n, nil
}

func (r *stringReader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.i:])
	r.i += n
	r.prev = -1
	return n, nil
}

func (r *stringReader) UnreadRune() error {
	if r.prev >= 0 {
		r.i = r.prev
		r.prev = -1
	}
	return nil
}

// ss is the state of one scanning call.
type ss struct {
	rs        io.RuneScanner
	buf       []byte
	count     int  // runes consumed so far
	atEOF     bool // already read EOF
	nlIsSpace bool // newlines count as space
	nlIsEnd   bool // newlines end the input (Scanln)
	limit     int  // max runes for the whole call
	argLimit  int  // max runes for this operand
	maxWid    int  // width of this operand
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: hugeWid, argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &byteRuneReader{r: r, pending: -1}
	}
	return s
}

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		err = io.EOF
		return
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// getRune reads the next rune, returning eof at the end of input.
func (s *ss) getRune() (r rune) {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return
}

// mustReadRune is getRune where end of input is an error.
func (s *ss) mustReadRune() (r rune) {
	if r = s.getRune(); r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) errorString(err string) {
	panic(scanError{errors.New(err)})
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// spaceRanges are the white space code points the scanner skips (Unicode's
// White_Space below 0x10000).
var spaceRanges = [][2]uint16{
	{0x0009, 0x000d},
	{0x0020, 0x0020},
	{0x0085, 0x0085},
	{0x00a0, 0x00a0},
	{0x1680, 0x1680},
	{0x2000, 0x200a},
	{0x2028, 0x2029},
	{0x202f, 0x202f},
	{0x205f, 0x205f},
	{0x3000, 0x3000},
}

func isSpace(r rune) bool {
	if r >= 1<<16 || r < 0 {
		return false
	}
	rx := uint16(r)
	for _, rng := range spaceRanges {
		if rx < rng[0] {
			return false
		}
		if rx <= rng[1] {
			return true
		}
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// SkipSpace skips space (and newlines where they count as space; elsewhere
// a newline is an error).
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

// token returns the next run of runes satisfying f.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune and, if it is in ok, keeps it (appending it
// to the token when accept); otherwise puts it back.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// peek looks at the next rune without consuming it and reports whether
// ok contains it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

var boolError = errors.New("syntax error scanning boolean")

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(boolError)
		}
		return false
	}
	return false
}

// getBase returns the base and digit set a verb scans.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	base = 10
	digits = decimalDigits
	switch verb {
	case 'b':
		base, digits = 2, binaryDigits
	case 'o':
		base, digits = 8, octalDigits
	case 'x', 'X', 'U':
		base, digits = 16, hexadecimalDigits
	}
	return
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix handles %v's 0b, 0o, 0x and leading-0 octal prefixes.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	default:
		return 0, octalDigits + "_", true
	}
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken accepts the text of a floating-point number.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	// "nan", in any case
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	// "inf", in any case
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// convertFloat parses a float token; a decimal mantissa with a binary
// exponent ("1.5p3") is accepted as mantissa * 2**exp.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !(len(str) > 2 && str[0] == '0' && (str[1] == 'x' || str[1] == 'X')) &&
		!(len(str) > 3 && (str[0] == '+' || str[0] == '-') && str[1] == '0' && (str[2] == 'x' || str[2] == 'X')) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		for ; m > 0; m-- {
			f *= 2
		}
		for ; m < 0; m++ {
			f /= 2
		}
		return f
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) convertString(verb rune) (str string) {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		str = s.quotedString()
	case 'x', 'X':
		str = s.hexString()
	default:
		str = string(s.token(true, notSpace))
	}
	return
}

func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	default:
		s.errorString("expected quoted string")
	}
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return 10 + int(d-'a'), true
	case 'A' <= d && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

func (s *ss) hexByte() (b byte, ok bool) {
	rune1 := s.getRune()
	if rune1 == eof {
		return
	}
	value1, ok := hexDigit(rune1)
	if !ok {
		s.UnreadRune()
		return
	}
	value2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(value1<<4 | value2), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

const (
	floatVerbs  = "beEfFgGv"
	intBits     = 64
	uintptrBits = 64
)

// scanOne scans a single operand.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	var err error
	if v, ok := arg.(Scanner); ok {
		err = v.Scan(s, verb)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *complex64, *complex128:
		s.errorString("can't scan type: complex")
	case *int:
		*v = int(s.scanInt(verb, intBits))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, intBits))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, uintptrBits))
	case *float32:
		if s.okVerb(verb, floatVerbs, "float32") {
			s.SkipSpace()
			s.notEOF()
			*v = float32(s.convertFloat(s.floatToken(), 32))
		}
	case *float64:
		if s.okVerb(verb, floatVerbs, "float64") {
			s.SkipSpace()
			s.notEOF()
			*v = s.convertFloat(s.floatToken(), 64)
		}
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		val := reflect.ValueOf(v)
		ptr := val
		if ptr.Kind() != reflect.Pointer {
			s.errorString("type not a pointer: " + val.Type().String())
			return
		}
		switch v := ptr.Elem(); v.Kind() {
		case reflect.Bool:
			v.SetBool(s.scanBool(verb))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(s.scanInt(verb, v.Type().Bits()))
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			v.SetUint(s.scanUint(verb, v.Type().Bits()))
		case reflect.String:
			v.SetString(s.convertString(verb))
		case reflect.Float32, reflect.Float64:
			s.SkipSpace()
			s.notEOF()
			v.SetFloat(s.convertFloat(s.floatToken(), v.Type().Bits()))
		default:
			s.errorString("can't scan type: " + val.Type().String())
		}
	}
}

// scanRecover, deferred by the entry points, recovers a scanError (or
// io.EOF) panic and stores it in *errp; other panics go on.
func scanRecover(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer scanRecover(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the literal text at the start of format against the
// input: a run of spaces matches zero or more spaces, a newline (with the
// spaces around it) a newline or the end of input, other runes themselves.
// It returns the number of format bytes consumed (0 at a '%' verb or when
// the input is exhausted), or -1 on a mismatch.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(c) {
			i += s.matchFormatSpace(format[i:])
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return i // a verb: doScanf's business
			}
			// "%%" is a literal '%': step over the first, match the second.
			i += w
		}
		if s.mustReadRune() != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// matchFormatSpace matches the run of white space that format starts with
// against the input and returns the run's length in bytes. ("Space" here
// means white space other than a newline.)
//
// Every newline of the run takes the input's next newline, after
// optional spaces, or the end of the input; spaces before a newline in the
// run go with it. Spaces after the run's last newline take the spaces
// that follow in the input, if any. A run without newlines needs at least
// one space of the input, unless the input is over.
func (s *ss) matchFormatSpace(format string) int {
	n, newlines := 0, 0
	spaceLast := false // the run ends in spaces, not a newline
	for n < len(format) {
		c, w := utf8.DecodeRuneInString(format[n:])
		if !isSpace(c) {
			break
		}
		if c == '\n' {
			newlines++
		}
		spaceLast = c != '\n'
		n += w
	}
	for k := 0; k < newlines; k++ {
		if r := s.skipLineSpace(s.getRune()); r != '\n' && r != eof {
			s.errorString("newline in format does not match input")
		}
	}
	if !spaceLast {
		return n
	}
	r := s.getRune()
	if newlines == 0 {
		switch {
		case r == '\n':
			s.errorString("newline in input does not match format")
		case !isSpace(r) && r != eof:
			s.errorString("expected space in input to match format")
		}
	}
	if r = s.skipLineSpace(r); r != eof {
		s.UnreadRune()
	}
	return n
}

// skipLineSpace returns the first rune from r on that is not a space
// other than newline, reading input runes as long as needed.
func (s *ss) skipLineSpace(r rune) rune {
	for r != '\n' && isSpace(r) {
		r = s.getRune()
	}
	return r
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer scanRecover(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++ // % is one byte

		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}

		c, w := utf8.DecodeRuneInString(format[i:])
		i += w

		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}

		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		arg := a[numProcessed]

		s.scanOne(c, arg)
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

func (s *ss) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.errorString("missing literal %")
	}
}

// Scan reads space-separated values from os.Stdin into the operands, one
// value each, treating newlines as spaces. It returns how many operands
// it filled and the error that stopped it early, if any.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Scan except that a newline ends the input and must (or end of
// input may) follow the last value.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf reads values from os.Stdin into the operands as format directs.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Sscan is Scan reading from str.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str, prev: -1}, a...)
}

// Sscanln is Scanln reading from str.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str, prev: -1}, a...)
}

// Sscanf is Scanf reading from str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str, prev: -1}, format, a...)
}

// Fscan is Scan reading from r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, true, false)
	return s.doScan(a)
}

// Fscanln is Scanln reading from r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, false, true)
	return s.doScan(a)
}

// Fscanf is Scanf reading from r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanState(r, false, false)
	return s.doScanf(format, a)
}
