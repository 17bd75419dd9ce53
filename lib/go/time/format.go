package time

// Layouts for Time.Format and Parse, written for the reference time
//
//	Mon Jan 2 15:04:05 MST 2006  (Unix time 1136239445)
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements of a layout. A fractional-second element also carries
// its digit count (<< elemShift) and its separator ('.' or ',').
const (
	elemNone = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elempm
	elemTZ
	elemISO8601TZ
	elemISO8601SecondsTZ
	elemISO8601ShortTZ
	elemISO8601ColonTZ
	elemISO8601ColonSecondsTZ
	elemNumTZ
	elemNumSecondsTz
	elemNumShortTZ
	elemNumColonTZ
	elemNumColonSecondsTZ
	elemFracSecond0 // ".0", ".00", ... : that many digits
	elemFracSecond9 // ".9", ".99", ...: up to that many, zeros trimmed

	elemMask    = 1<<8 - 1
	elemComma   = 1 << 12 // the fraction separator is ','
	digitsShift = 16
)

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextElem finds the first layout element in layout and returns the text
// before it, the element, and the text after it (elemNone and "" at the
// end).
func nextElem(layout string) (prefix string, elem int, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		found := func(n, e int) (string, int, string) {
			return layout[:i], e, layout[i+n:]
		}
		switch c := layout[i]; c {
		case 'J':
			if hasPrefix(rest, "Jan") {
				if hasPrefix(rest, "January") {
					return found(7, elemLongMonth)
				}
				if len(rest) == 3 || !isLower(rest[3]) {
					return found(3, elemMonth)
				}
			}
		case 'M':
			if hasPrefix(rest, "Mon") {
				if hasPrefix(rest, "Monday") {
					return found(6, elemLongWeekDay)
				}
				if len(rest) == 3 || !isLower(rest[3]) {
					return found(3, elemWeekDay)
				}
			}
			if hasPrefix(rest, "MST") {
				return found(3, elemTZ)
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				return found(2, [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[rest[1]-'1'])
			}
			if hasPrefix(rest, "002") {
				return found(3, elemZeroYearDay)
			}
		case '1':
			if len(rest) >= 2 && rest[1] == '5' {
				return found(2, elemHour)
			}
			return found(1, elemNumMonth)
		case '2':
			if hasPrefix(rest, "2006") {
				return found(4, elemLongYear)
			}
			return found(1, elemDay)
		case '_':
			if len(rest) >= 2 && rest[1] == '2' {
				// "_2006" is a literal '_' and a long year.
				if hasPrefix(rest[1:], "2006") {
					return layout[:i+1], elemLongYear, layout[i+5:]
				}
				return found(2, elemUnderDay)
			}
			if hasPrefix(rest, "__2") {
				return found(3, elemUnderYearDay)
			}
		case '3':
			return found(1, elemHour12)
		case '4':
			return found(1, elemMinute)
		case '5':
			return found(1, elemSecond)
		case 'P':
			if len(rest) >= 2 && rest[1] == 'M' {
				return found(2, elemPM)
			}
		case 'p':
			if len(rest) >= 2 && rest[1] == 'm' {
				return found(2, elempm)
			}
		case '-':
			switch {
			case hasPrefix(rest, "-070000"):
				return found(7, elemNumSecondsTz)
			case hasPrefix(rest, "-07:00:00"):
				return found(9, elemNumColonSecondsTZ)
			case hasPrefix(rest, "-0700"):
				return found(5, elemNumTZ)
			case hasPrefix(rest, "-07:00"):
				return found(6, elemNumColonTZ)
			case hasPrefix(rest, "-07"):
				return found(3, elemNumShortTZ)
			}
		case 'Z':
			switch {
			case hasPrefix(rest, "Z070000"):
				return found(7, elemISO8601SecondsTZ)
			case hasPrefix(rest, "Z07:00:00"):
				return found(9, elemISO8601ColonSecondsTZ)
			case hasPrefix(rest, "Z0700"):
				return found(5, elemISO8601TZ)
			case hasPrefix(rest, "Z07:00"):
				return found(6, elemISO8601ColonTZ)
			case hasPrefix(rest, "Z07"):
				return found(3, elemISO8601ShortTZ)
			}
		case '.', ',':
			// A run of 0s or 9s after the separator, not followed by
			// another digit, is a fractional second.
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				d := rest[1]
				j := 1
				for j < len(rest) && rest[j] == d {
					j++
				}
				if !isDigitAt(rest, j) {
					e := elemFracSecond0
					if d == '9' {
						e = elemFracSecond9
					}
					e |= (j - 1) << digitsShift
					if c == ',' {
						e |= elemComma
					}
					return found(j, e)
				}
			}
		}
	}
	return layout, elemNone, ""
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var tmp [20]byte
	i := len(tmp)
	for u >= 10 {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	tmp[i] = byte('0' + u)
	for w := len(tmp) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// appendFrac appends the fractional second nsec for a fraction element.
func appendFrac(b []byte, nsec int, elem int) []byte {
	digits := elem >> digitsShift
	sep := byte('.')
	if elem&elemComma != 0 {
		sep = ','
	}
	var buf [9]byte
	for i, u := 8, nsec; i >= 0; i-- {
		buf[i] = byte(u%10 + '0')
		u /= 10
	}
	if digits > 9 {
		digits = 9
	}
	if elem&elemMask == elemFracSecond9 {
		for digits > 0 && buf[digits-1] == '0' {
			digits--
		}
		if digits == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:digits]...)
}

// String formats t with the layout
//
//	"2006-01-02 15:04:05.999999999 -0700 MST"
//
// and, when t carries a monotonic clock reading, appends " m=" and that
// reading as signed seconds with nine decimals.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		b := []byte(" m=")
		b = append(b, sign)
		b = appendInt(b, int(m/1e9), 0)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s += string(b)
	}
	return s
}

// GoString implements fmt.GoStringer: it writes t as the Go expression
// (a time.Date call) that rebuilds it.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = appendInt(b, int(month), 0)
	}
	for _, v := range []int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// Format renders t as text following layout, which shows how the
// reference time would be written (see the layout constants).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat appends what Format would return to b and returns the
// longer slice.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	local, name, offset := t.local()
	days, secs := floorDiv(local-unixToInternal, secondsPerDay)
	y64, month, day := civilFromDays(days)
	year := int(y64)
	yday := int(days-daysFromCivil(y64, 1, 1)) + 1
	_, wd := floorDiv(days+4, 7)
	hour, min, sec := int(secs)/3600, int(secs)/60%60, int(secs)%60

	for layout != "" {
		prefix, elem, suffix := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		layout = suffix
		switch elem & elemMask {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, Weekday(wd).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, Weekday(wd).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = appendInt(b, h, 0)
		case elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = appendInt(b, h, 2)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISO8601TZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumColonTZ, elemNumSecondsTz, elemNumShortTZ, elemNumColonSecondsTZ:
			e := elem & elemMask
			iso := e == elemISO8601TZ || e == elemISO8601ColonTZ || e == elemISO8601SecondsTZ ||
				e == elemISO8601ShortTZ || e == elemISO8601ColonSecondsTZ
			if offset == 0 && iso {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60 // minutes
			absoff := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoff = -absoff
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			if e == elemISO8601ColonTZ || e == elemNumColonTZ || e == elemISO8601ColonSecondsTZ || e == elemNumColonSecondsTZ {
				b = append(b, ':')
			}
			if e != elemNumShortTZ && e != elemISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if e == elemISO8601SecondsTZ || e == elemNumSecondsTz || e == elemNumColonSecondsTZ || e == elemISO8601ColonSecondsTZ {
				if e == elemNumColonSecondsTZ || e == elemISO8601ColonSecondsTZ {
					b = append(b, ':')
				}
				b = appendInt(b, absoff%60, 2)
			}
		case elemTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			// No abbreviation: -0700 style.
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case elemFracSecond0, elemFracSecond9:
			b = appendFrac(b, int(t.nsec), elem)
		}
	}
	return b
}
