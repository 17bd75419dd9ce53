package time

import "errors"

// ParseError is the error Parse returns for text that does not fit the
// layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error describes the failure as text.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field") // internal; callers get a ParseError

// lookup finds the name in tab that val starts with, ignoring ASCII case,
// and returns its index and the rest of val.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && equalFoldASCII(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func equalFoldASCII(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// getnum parses one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errBad
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi parses an optionally signed decimal number.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, errBad
	}
	x := 0
	for i := 0; i < len(s); i++ {
		if !isDigitAt(s, i) || x > (1<<62)/10 {
			return 0, errBad
		}
		x = x*10 + int(s[i]-'0')
	}
	if neg {
		x = -x
	}
	return x, nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the literal prefix from value; a run of spaces in the
// prefix matches any run of spaces (at least one if value has any there).
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func isSep(c byte) bool { return c == '.' || c == ',' }

// parseNanoseconds parses the fraction value[:n] (separator included).
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if !isSep(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-n; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone returns the length of the zone abbreviation at the start
// of value: three upper-case letters, four ending in T (or WITA), five
// ending in T, ChST and MeST, GMT with an optional offset, or a bare
// signed offset.
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return parseGMT(value), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseGMT returns the length of "GMT" plus an optional signed hour
// offset.
func parseGMT(value string) int {
	value = value[3:]
	if len(value) == 0 {
		return 3
	}
	return 3 + parseSignedOffset(value)
}

// parseSignedOffset returns the length of a leading signed hour offset
// in [-23, 23], or 0.
func parseSignedOffset(value string) int {
	if value[0] != '-' && value[0] != '+' {
		return 0
	}
	i := 1
	x := 0
	for ; i < len(value) && isDigitAt(value, i); i++ {
		x = x*10 + int(value[i]-'0')
		if x > 1<<31 {
			return 0
		}
	}
	if i == 1 || x > 23 {
		return 0
	}
	return i
}

// Parse reads value as text formatted with layout (see the layout
// constants) and returns the Time it denotes. Without zone information
// in value the result is in UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc in two roles: a value without zone
// information is taken to be in loc rather than UTC, and a zone offset
// or abbreviation in value is looked up in loc rather than in Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	var (
		year       int
		month      = -1
		day        = -1
		yday       = -1
		hour       int
		min        int
		sec        int
		nsec       int
		z          *Location
		zoneOffset = -1
		zoneName   string
	)
	for {
		prefix, elem, suffix := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, prefix, value, ""}
		}
		if elem == elemNone {
			if len(value) != 0 {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		hold := value
		var p string
		switch e := elem & elemMask; e {
		case elemYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errBad
				break
			}
			p, value = value[:4], value[4:]
			year, err = atoi(p)
		case elemMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case elemLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = getnum(value, e == elemZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case elemWeekDay:
			// The weekday is checked but not used.
			_, value, err = lookup(shortDayNames, value)
		case elemLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if e == elemUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day: checked against the month
			// at the end.
			day, value, err = getnum(value, e == elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2; i++ {
				if e == elemUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, e == elemZeroYearDay)
		case elemHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = getnum(value, e == elemZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = getnum(value, e == elemZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = getnum(value, e == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction in the value without one in the layout is
			// accepted here (unless the layout's next element is one).
			if len(value) >= 2 && isSep(value[0]) && isDigitAt(value, 1) {
				_, next, _ := nextElem(layout)
				next &= elemMask
				if next == elemFracSecond0 || next == elemFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[:2], value[2:]
			pm, am := "PM", "AM"
			if e == elempm {
				pm, am = "pm", "am"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case elemISO8601TZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumShortTZ, elemNumColonTZ, elemNumSecondsTz, elemNumColonSecondsTZ:
			iso := e == elemISO8601TZ || e == elemISO8601ShortTZ || e == elemISO8601ColonTZ ||
				e == elemISO8601SecondsTZ || e == elemISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch e {
			case elemISO8601ColonTZ, elemNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case elemNumShortTZ, elemISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case elemISO8601ColonSecondsTZ, elemNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case elemISO8601SecondsTZ, elemNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var hr, mi, se int
			hr, _, err = getnum(hh, true)
			if err == nil {
				mi, _, err = getnum(mm, true)
				if err == nil {
					se, _, err = getnum(ss, true)
				}
			}
			// Offsets of 24 hours or 60 minutes or seconds are accepted,
			// as people write them.
			if hr > 24 {
				rangeErr = "time zone offset hour"
			}
			if mi > 60 {
				rangeErr = "time zone offset minute"
			}
			if se > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (hr*60+mi)*60 + se
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFracSecond0:
			// Exactly the layout's number of digits.
			n := 1 + elem>>digitsShift
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		case elemFracSecond9:
			if len(value) < 2 || !isSep(value[0]) || !isDigitAt(value, 1) {
				// The fraction may be omitted.
				break
			}
			// Any number of digits, as for a fraction after seconds.
			i := 0
			for isDigitAt(value, i+1) {
				i++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, elemText, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		// The day of the year gives the month and day, which must agree
		// with any parsed ones.
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if int(daysBefore[m]) < yday {
				m++
			}
			d = yday - int(daysBefore[m-1])
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		// The local location's zone, if it has this offset (and name).
		name, offset := local.lookup()
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if name, offset := local.lookup(); name == zoneName {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		// An unknown zone: its offset is zero, unless it is GMT+h.
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}
