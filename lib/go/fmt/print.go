// Package fmt prints and scans values following format strings in the
// style of C's printf and scanf, with Go's own verbs, flags and default
// formats.
//
// A printer (pp) formats one call's operands into a byte buffer: basic
// types are handled directly by a type switch, everything else through
// reflect (printValue), with the Formatter, GoStringer, error and Stringer
// methods consulted first (handleMethods). Map keys are sorted (sort.go).
// Output is exactly that of Go's fmt, including the error annotations
// (%!verb(type=value), %!(EXTRA ...), %!d(MISSING), ...).
package fmt

import (
	"io"
	"os"
	"reflect"
	"unicode/utf8"
)

// Fixed pieces of output.
const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicString       = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	invReflectString  = "<invalid reflect.Value>"
)

// State is what a Formatter's Format method receives: a Writer for the
// output and the flags, width and precision of the verb being handled.
type State interface {
	// Write adds b to the output.
	Write(b []byte) (n int, err error)
	// Width returns the verb's width and whether one was given.
	Width() (wid int, ok bool)
	// Precision returns the verb's precision and whether one was given.
	Precision() (prec int, ok bool)
	// Flag reports whether the verb carries the flag character c.
	Flag(c int) bool
}

// Formatter is the interface of values that print themselves: their
// Format method gets the State and the verb and writes whatever it likes.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is the interface of values with a String method, which gives
// their default textual form (used by %v and %s and by Print).
type Stringer interface {
	String() string
}

// GoStringer is the interface of values with a GoString method, which
// %#v uses to print them as Go syntax.
type GoStringer interface {
	GoString() string
}

// pp is the state of one printing call.
type pp struct {
	buf []byte
	// arg holds the current operand, value its reflect form when arg is
	// not used.
	arg   any
	value reflect.Value
	fmt   formatter
	// reordered: an explicit argument index was used.
	reordered bool
	// goodArgNum: the most recent argument index was valid.
	goodArgNum bool
	// panicking: inside catchPanic, to stop infinite panic/recover loops.
	panicking bool
	// erroring: printing an error annotation; methods are not called.
	erroring bool
	// wrapErrs: called from Errorf, so %w is allowed.
	wrapErrs bool
	// wrappedErrs: argument indexes of the %w operands.
	wrappedErrs []int
}

func newPrinter() *pp {
	p := &pp{}
	p.buf = make([]byte, 0, 64)
	p.fmt.buf = &p.buf
	return p
}

func (p *pp) Width() (wid int, ok bool) { return p.fmt.wid, p.fmt.widPresent }

func (p *pp) Precision() (prec int, ok bool) { return p.fmt.prec, p.fmt.precPresent }

func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

// Write appends b to the output; through State it lets a Formatter print
// into this call with Fprintf and the like.
func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString appends s to the output (for io.WriteString).
func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) writeRune(r rune) {
	if r < utf8.RuneSelf {
		p.buf = append(p.buf, byte(r))
	} else {
		p.buf = utf8.AppendRune(p.buf, r)
	}
}

// FormatString rebuilds the directive that state describes, with its
// flags, width and precision, ending in verb (for example "%-+8.3f").
func FormatString(state State, verb rune) string {
	var tmp [16]byte
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}

// Fprintf formats the operands a as format directs, writes the text to w
// and returns the byte count and the write's error, if any.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf is Fprintf to os.Stdout.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf returns the operands a formatted as format directs.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf appends what Sprintf would return to b and returns the result.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint writes the operands to w in their default formats, putting a
// space between two neighbours only when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print is Fprint to os.Stdout.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint returns what Fprint would write.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Append appends what Sprint would return to b and returns the result.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln writes the operands to w in their default formats, separated
// by single spaces and followed by a newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println is Fprintln to os.Stdout.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln returns what Fprintln would write.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln appends what Sprintln would return to b and returns the
// result.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// getField returns field i of the struct v, looking through a non-nil
// interface field to the value it holds.
func getField(v reflect.Value, i int) reflect.Value {
	val := v.Field(i)
	if val.Kind() == reflect.Interface && !val.IsNil() {
		val = val.Elem()
	}
	return val
}

// tooLarge reports whether |x| exceeds the largest width or precision
// accepted (one million).
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum reads the decimal digits of s[start:end]; isnum is false when
// there are none or the number is too large.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (p *pp) unknownType(v reflect.Value) {
	if !v.IsValid() {
		p.buf = append(p.buf, nilAngleString...)
		return
	}
	p.buf = append(p.buf, '?')
	p.buf = append(p.buf, v.Type().String()...)
	p.buf = append(p.buf, '?')
}

func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, percentBangString...)
	p.writeRune(verb)
	p.buf = append(p.buf, '(')
	switch {
	case p.arg != nil:
		p.buf = append(p.buf, reflect.TypeOf(p.arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	case p.value.IsValid():
		p.buf = append(p.buf, p.value.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0)
	default:
		p.buf = append(p.buf, nilAngleString...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 writes v in hex; leading0x chooses whether "0x" comes first.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

// fmtInteger writes v, an integer operand (signed if isSigned), for verb.
func (p *pp) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloat formats a float: %v is the shortest %g.
func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex formats a complex number as (r+ii), both parts with the verb
// and flags; the imaginary part always has a sign.
func (p *pp) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.fmt.plus
		p.buf = append(p.buf, '(')
		p.fmtFloat(real(v), size/2, verb)
		p.fmt.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.buf = append(p.buf, "i)"...)
		p.fmt.plus = plus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf = append(p.buf, typeString...)
			if v == nil {
				p.buf = append(p.buf, nilParenString...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, commaSpaceString...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printValue(reflect.ValueOf(v), verb, 0)
	}
}

func (p *pp) fmtPointer(value reflect.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = value.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, value.Type().String()...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, nilString...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(uint64(u), !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// catchPanic is deferred around calls of the operand's methods: a panic
// inside them is printed as %!v(PANIC=String method: msg), except that a
// nil pointer receiver prints as <nil>.
func (p *pp) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		p.printPanic(err, arg, verb, method)
	}
}

// printPanic is catchPanic after a panic (apart, so that the deferred
// call every method call makes stays small to compile).
func (p *pp) printPanic(err, arg any, verb rune, method string) {
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Pointer && v.IsNil() {
		p.buf = append(p.buf, nilAngleString...)
		return
	}
	if p.panicking {
		// Printing the first panic's value panicked as well: give up.
		panic(err)
	}
	saved := p.fmt.flags
	savedWid, savedPrec := p.fmt.wid, p.fmt.prec
	p.fmt.clearflags()
	p.buf = append(p.buf, percentBangString...)
	p.writeRune(verb)
	p.buf = append(p.buf, panicString...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.fmt.flags = saved
	p.fmt.wid, p.fmt.prec = savedWid, savedPrec
}

// handleMethods formats p.arg through its Format, GoString, Error or
// String method when the verb calls for it, reporting whether it did.
func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w is valid only in Errorf, with an error operand.
		_, ok := p.arg.(error)
		if !ok || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	if formatter, ok := p.arg.(Formatter); ok {
		handled = true // set before the call: a panic still counts
		defer p.catchPanic(p.arg, verb, "Format")
		formatter.Format(p, verb)
		return true
	}
	if p.fmt.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			handled = true // set before the call: a panic still counts
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmt.fmtS(stringer.GoString())
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true // set before the call: a panic still counts
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return true
		case Stringer:
			handled = true // set before the call: a panic still counts
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
			return true
		}
	}
	return false
}

func (p *pp) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = reflect.Value{}
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(verb)
		}
		return
	}
	if verb == 'T' || verb == 'p' {
		p.printTypeOrPointer(arg, verb)
		return
	}
	// Basic types are formatted without reflection. (The kinds most
	// programs print are handled here, the others by printArgOther: a
	// library function is checked and compiled on its first call, so a
	// program printing only strings and integers never compiles the
	// float, complex and reflection paths.)
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case int:
		p.fmtInteger(uint64(f), signed, verb)
	case int8:
		p.fmtInteger(uint64(f), signed, verb)
	case int16:
		p.fmtInteger(uint64(f), signed, verb)
	case int32:
		p.fmtInteger(uint64(f), signed, verb)
	case int64:
		p.fmtInteger(uint64(f), signed, verb)
	case uint:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint8:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint16:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint32:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint64:
		p.fmtInteger(f, unsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(f), unsigned, verb)
	case string:
		p.fmtString(f, verb)
	default:
		p.printArgOther(arg, verb)
	}
}

// printTypeOrPointer is printArg for the verbs %T and %p.
func (p *pp) printTypeOrPointer(arg any, verb rune) {
	if verb == 'T' {
		p.fmt.fmtS(reflect.TypeOf(arg).String())
		return
	}
	p.fmtPointer(reflect.ValueOf(arg), 'p')
}

// printArgOther is printArg for the kinds it leaves: floats, complex
// numbers, byte slices, reflect.Value and everything formatted through
// methods or reflection.
func (p *pp) printArgOther(arg any, verb rune) {
	switch f := arg.(type) {
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case complex64:
		p.fmtComplex(complex128(f), 64, verb)
	case complex128:
		p.fmtComplex(f, 128, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	case reflect.Value:
		// A reflect.Value operand formats the value it holds.
		if f.IsValid() && f.CanInterface() {
			p.arg = f.Interface()
			if p.handleMethods(verb) {
				return
			}
		}
		p.printValue(f, verb, 0)
	default:
		if !p.handleMethods(verb) {
			p.printValue(reflect.ValueOf(f), verb, 0)
		}
	}
}

// printValue formats a value reached through reflection; depth > 0 for
// elements, fields and map entries (whose methods are consulted here).
func (p *pp) printValue(value reflect.Value, verb rune, depth int) {
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	switch f := value; value.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, invReflectString...)
		} else {
			switch verb {
			case 'v':
				p.buf = append(p.buf, nilAngleString...)
			default:
				p.badVerb(verb)
			}
		}
	case reflect.Bool:
		p.fmtBool(f.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInteger(uint64(f.Int()), signed, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInteger(f.Uint(), unsigned, verb)
	case reflect.Float32:
		p.fmtFloat(f.Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(f.Float(), 64, verb)
	case reflect.Complex64:
		p.fmtComplex(f.Complex(), 64, verb)
	case reflect.Complex128:
		p.fmtComplex(f.Complex(), 128, verb)
	case reflect.String:
		p.fmtString(f.String(), verb)
	case reflect.Map:
		if p.fmt.sharpV {
			p.buf = append(p.buf, f.Type().String()...)
			if f.IsNil() {
				p.buf = append(p.buf, nilParenString...)
				return
			}
			p.buf = append(p.buf, '{')
		} else {
			p.buf = append(p.buf, mapString...)
		}
		keys, values := sortedMap(f)
		for i, key := range keys {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf = append(p.buf, commaSpaceString...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			p.printValue(key, verb, depth+1)
			p.buf = append(p.buf, ':')
			p.printValue(values[i], verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, ']')
		}
	case reflect.Struct:
		if p.fmt.sharpV {
			p.buf = append(p.buf, f.Type().String()...)
		}
		p.buf = append(p.buf, '{')
		t := f.Type()
		for i := 0; i < f.NumField(); i++ {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf = append(p.buf, commaSpaceString...)
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				if name := t.Field(i).Name; name != "" {
					p.buf = append(p.buf, name...)
					p.buf = append(p.buf, ':')
				}
			}
			p.printValue(getField(f, i), verb, depth+1)
		}
		p.buf = append(p.buf, '}')
	case reflect.Interface:
		elem := f.Elem()
		if !elem.IsValid() {
			if p.fmt.sharpV {
				p.buf = append(p.buf, f.Type().String()...)
				p.buf = append(p.buf, nilParenString...)
			} else {
				p.buf = append(p.buf, nilAngleString...)
			}
		} else {
			p.printValue(elem, verb, depth+1)
		}
	case reflect.Array, reflect.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Byte slices and arrays format as strings for these verbs.
			t := f.Type()
			if t.Elem().Kind() == reflect.Uint8 {
				var bytes []byte
				if f.Kind() == reflect.Slice || f.CanAddr() {
					bytes = f.Bytes()
				} else {
					bytes = make([]byte, f.Len())
					for i := range bytes {
						bytes[i] = byte(f.Index(i).Uint())
					}
				}
				p.fmtBytes(bytes, verb, t.String())
				return
			}
		}
		if p.fmt.sharpV {
			p.buf = append(p.buf, f.Type().String()...)
			if f.Kind() == reflect.Slice && f.IsNil() {
				p.buf = append(p.buf, nilParenString...)
				return
			}
			p.buf = append(p.buf, '{')
			for i := 0; i < f.Len(); i++ {
				if i > 0 {
					p.buf = append(p.buf, commaSpaceString...)
				}
				p.printValue(f.Index(i), verb, depth+1)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i := 0; i < f.Len(); i++ {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.printValue(f.Index(i), verb, depth+1)
			}
			p.buf = append(p.buf, ']')
		}
	case reflect.Pointer:
		// A pointer to an array, slice, struct or map prints as &value at
		// the top level only (deeper, cycles are possible).
		if depth == 0 && f.UnsafePointer() != nil {
			switch a := f.Elem(); a.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf = append(p.buf, '&')
				p.printValue(a, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.unknownType(f)
	}
}

// intFromArg gets the argNum'th element of a as an int (for '*' widths and
// precisions).
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			switch v := reflect.ValueOf(a[argNum]); v.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				n := v.Int()
				if int64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				n := v.Uint()
				if int64(n) >= 0 && uint64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

// parseArgNumber parses a bracketed index "[n]" at the start of format,
// returning the zero-based index, the bytes consumed, and whether it was
// well formed.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber handles an optional "[n]" at format[i], returning the argument
// number to use next.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf = append(p.buf, percentBangString...)
	p.writeRune(verb)
	p.buf = append(p.buf, badIndexString...)
}

func (p *pp) missingArg(verb rune) {
	p.buf = append(p.buf, percentBangString...)
	p.writeRune(verb)
	p.buf = append(p.buf, missingString...)
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
formatLoop:
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf = append(p.buf, format[lasti:i]...)
		}
		if i >= end {
			break
		}
		i++ // skip '%'
		p.fmt.clearflags()
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = !p.fmt.minus // '-' pads with spaces on the right
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
				p.fmt.zero = false
			case ' ':
				p.fmt.space = true
			default:
				// Fast path: a lower-case verb right after the flags.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					switch c {
					case 'w':
						p.wrappedErrs = append(p.wrappedErrs, argNum)
						fallthrough
					case 'v':
						p.fmt.sharpV = p.fmt.sharp
						p.fmt.sharp = false
						p.fmt.plusV = p.fmt.plus
						p.fmt.plus = false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue formatLoop
				}
				break simpleFormat
			}
		}

		// Argument index before the width.
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Width.
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf = append(p.buf, badWidthString...)
			}
			// A negative width means '-' padding.
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				// A negative precision means none.
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf = append(p.buf, badPrecString...)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, noVerbString...)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			// A percent does not absorb operands and ignores width and
			// precision.
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		case verb == 'w':
			p.wrappedErrs = append(p.wrappedErrs, argNum)
			p.fmt.sharpV = p.fmt.sharp
			p.fmt.sharp = false
			p.fmt.plusV = p.fmt.plus
			p.fmt.plus = false
			p.printArg(a[argNum], verb)
			argNum++
		case verb == 'v':
			p.fmt.sharpV = p.fmt.sharp
			p.fmt.sharp = false
			p.fmt.plusV = p.fmt.plus
			p.fmt.plus = false
			p.printArg(a[argNum], verb)
			argNum++
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Report extra operands, unless explicit indexes were used (they may
	// legitimately skip some).
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf = append(p.buf, extraString...)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf = append(p.buf, commaSpaceString...)
			}
			if arg == nil {
				p.buf = append(p.buf, nilAngleString...)
			} else {
				p.buf = append(p.buf, reflect.TypeOf(arg).String()...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && reflect.TypeOf(arg).Kind() == reflect.String
		// Add a space between two non-string operands.
		if argNum > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln formats a for the Println family: one space between every
// two operands, and a final newline.
func (p *pp) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}
