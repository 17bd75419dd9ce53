package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form
// "72h3m0.5s". Leading zero units are omitted. As a special case,
// durations less than one second format use a smaller unit (milli-,
// micro-, or nanoseconds) to ensure that the leading digit is non-zero.
// The zero duration formats as 0s.
func (d Duration) String() string {
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var out []byte
	if u < uint64(Second) {
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			out = appendUnit(nil, u, 0, "ns")
		case u < uint64(Millisecond):
			out = appendUnit(nil, u, 3, "µs")
		default:
			out = appendUnit(nil, u, 6, "ms")
		}
	} else {
		// h, m and s fields; seconds keep 9 fraction digits.
		secs := u / uint64(Second)
		frac := u % uint64(Second)
		h, m, s := secs/3600, secs/60%60, secs%60
		if h > 0 {
			out = appendUint(out, h)
			out = append(out, 'h')
		}
		if h > 0 || m > 0 {
			out = appendUint(out, m)
			out = append(out, 'm')
		}
		out = appendUnit(out, s*uint64(Second)+frac, 9, "s")
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// appendUnit appends v / 10^prec with its fraction (trailing zeros and a
// bare point dropped) and the unit.
func appendUnit(b []byte, v uint64, prec int, unit string) []byte {
	p := uint64(1)
	for i := 0; i < prec; i++ {
		p *= 10
	}
	b = appendUint(b, v/p)
	if f := v % p; f != 0 {
		digits := make([]byte, prec)
		for i := prec - 1; i >= 0; i-- {
			digits[i] = byte('0' + f%10)
			f /= 10
		}
		n := prec
		for digits[n-1] == '0' {
			n--
		}
		b = append(b, '.')
		b = append(b, digits[:n]...)
	}
	return append(b, unit...)
}

func appendUint(b []byte, v uint64) []byte {
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of
// m. If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow, assuming x
// and y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m. The
// rounding behavior for halfway values is to round away from zero. If the
// result exceeds the maximum (or minimum) value that can be stored in a
// Duration, Round returns the maximum (or minimum) duration. If m <= 0,
// Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, math.MinInt64 is
// converted to math.MaxInt64.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string. A duration string is a possibly
// signed sequence of decimal numbers, each with optional fraction and a
// unit suffix, such as "300ms", "-1.5h" or "2h45m". Valid time units are
// "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	bad := func() (Duration, error) {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return bad()
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return bad()
		}
		// Integer part.
		var whole uint64
		i := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if whole > 1<<63/10 {
				return bad()
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > 1<<63 {
				return bad()
			}
		}
		hadInt := i > 0
		s = s[i:]
		// Fraction: digits are kept while they fit; scale counts them.
		var frac uint64
		scale := 1.0
		hadFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			full := false
			j := 0
			for ; j < len(s) && '0' <= s[j] && s[j] <= '9'; j++ {
				if full {
					continue
				}
				if frac > (1<<63-1)/10 {
					full = true
					continue
				}
				y := frac*10 + uint64(s[j]-'0')
				if y > 1<<63 {
					full = true
					continue
				}
				frac = y
				scale *= 10
			}
			hadFrac = j > 0
			s = s[j:]
		}
		if !hadInt && !hadFrac {
			return bad()
		}
		// Unit.
		j := 0
		for ; j < len(s); j++ {
			if c := s[j]; c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if j == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:j]
		s = s[j:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > 1<<63/unit {
			return bad()
		}
		whole *= unit
		if frac > 0 {
			// float64 keeps fractions of an hour exact to the nanosecond.
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > 1<<63 {
				return bad()
			}
		}
		total += whole
		if total > 1<<63 {
			return bad()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return bad()
	}
	return Duration(total), nil
}

// quote is strconv.Quote's cousin used in time's error messages: bytes
// outside printable ASCII are written as \x escapes.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				b = append(b, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, byte(c))
	}
	return string(append(b, '"'))
}
