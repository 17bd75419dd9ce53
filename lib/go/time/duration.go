package time

import "errors"

// Duration is a span of time counted in nanoseconds. Being an int64, it
// covers at most about 290 years either way.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Duration units.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d like "72h3m0.5s", leaving out leading units that are
// zero. Below one second it switches to ms, µs or ns so that the first
// digit is not 0; zero is "0s".
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

// Nanoseconds returns d in whole nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d in whole microseconds (truncated).
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d in whole milliseconds (truncated).
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d in seconds, with a fraction.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns d in minutes, with a fraction.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns d in hours, with a fraction.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m; with m <= 0 it
// returns d as is.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether 2x < y for positive x and y, computing 2x
// without signed overflow.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round rounds d to the closest multiple of m, halfway cases away from
// zero, saturating at the largest or smallest Duration when the result
// does not fit. With m <= 0 it returns d as is.
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

// Abs returns |d|; the most negative Duration, which has no positive
// counterpart, gives the largest one.
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

// ParseDuration reads a Duration written as an optional sign and then one
// or more decimal numbers, each possibly with a fraction and each followed
// by a unit: "ns", "us" (also "µs"), "ms", "s", "m" or "h". Examples:
// "2h45m", "-1.5h", "300ms".
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
