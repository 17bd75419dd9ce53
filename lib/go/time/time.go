// Package time measures, formats and parses times and durations. Dates
// follow the proleptic Gregorian calendar; leap seconds do not exist
// here.
//
// Parse follows Go 1.20 and later where they differ from Go 1.19 (errors
// show the text where the failed element starts; the fields of numeric
// zone offsets and seconds must be digits; ".999" fractions take any
// number of digits; ISO 8601 zones with seconds accept "Z"; zone offsets
// out of range are errors).
//
// govm has no time zone database: Local is UTC (named "Local", its zone
// abbreviation "UTC"), LoadLocation knows only "", "UTC" and "Local", and
// FixedZone locations work as in Go. Timers, tickers, After and Sleep
// are the scheduler's (sleep.go, clock.go): they park only the goroutine.
//
// A Time holds seconds since January 1, year 1, 00:00:00 UTC, the
// nanoseconds within that second, an optional monotonic clock reading
// (Now sets it; Sub, Before, After and Equal use it when both times have
// one, as Go's do) and a location (nil for UTC).
package time

import "math/bits"

// Time is an instant, precise to the nanosecond. The zero Time is the
// first instant of January 1 of year 1, UTC.
type Time struct {
	sec  int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec int32     // nanoseconds within the second, [0, 999999999]
	mono int64     // monotonic clock reading in ns (>= 1), 0 if none
	loc  *Location // nil means UTC
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the number of seconds between year 1 and 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// Month numbers the months from January = 1 to December = 12.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
}

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

var shortMonthNames = []string{
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the month's English name, such as "March", or
// "%!Month(n)" for a number outside 1 to 12.
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + string(appendUint(nil, uint64(m))) + ")"
}

// Weekday numbers the days of the week from Sunday = 0 to Saturday = 6.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the day's English name, such as "Tuesday", or
// "%!Weekday(n)" for a number outside 0 to 6.
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d))) + ")"
}

// --- calendar arithmetic ---

// floorDiv returns a / b rounded towards minus infinity and the matching
// non-negative remainder (b > 0).
func floorDiv(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	if r < 0 {
		q--
		r += b
	}
	return
}

// daysFromCivil returns the number of days from 1970-01-01 to the given
// proleptic Gregorian date (month 1-12, any day: days past the month's
// end carry on). Years are counted from March so that leap days come
// last; eras are 400-year cycles of 146097 days.
func daysFromCivil(y int64, m int, d int64) int64 {
	if m <= 2 {
		y--
	}
	era, yoe := floorDiv(y, 400)
	mp := int64((m + 9) % 12) // March = 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil for a day count from
// 1970-01-01.
func civilFromDays(z int64) (year int64, month Month, day int) {
	z += 719468
	era, doe := floorDiv(z, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	year = yoe + era*400
	if m <= 2 {
		year++
	}
	return year, Month(m), day
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] counts the days in a non-leap year before month m+1.
var daysBefore = [...]int32{
	0,
	31,
	31 + 28,
	31 + 28 + 31,
	31 + 28 + 31 + 30,
	31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// norm carries lo's excess (or deficit) into hi so that the returned nlo
// lies in [0, base) and nhi*base + nlo == hi*base + lo.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// --- construction ---

// Date builds the Time for the given calendar date and clock time in loc.
// Fields out of their usual ranges carry over into the next larger ones
// (October 32 is November 1, hour 25 is 1 a.m. the next day, and so on).
// It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	days := daysFromCivil(int64(year), int(month), int64(day))
	local := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	_, offset := loc.lookup()
	t := Time{sec: local - int64(offset) + unixToInternal, nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

// Unix returns, in Local, the Time that lies sec seconds plus nsec
// nanoseconds after 1970-01-01 00:00:00 UTC. nsec need not lie within
// [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli is Unix for a count of milliseconds since 1970-01-01 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro is Unix for a count of microseconds since 1970-01-01 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// startMono is the monotonic clock at package initialisation, less one:
// monotonic readings of Times are relative to it and never zero.
var startMono int64

// (set by init, not by an initialiser: the library's variables with
// initialisers are initialised on first use, see frontend/check.c)
func init() { startMono = monoNow() - 1 }

// Now returns the current time in Local, with a monotonic clock reading.
func Now() Time {
	sec, nsec := wallNow()
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), mono: monoNow() - startMono, loc: Local}
}

// Since returns Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// --- accessors ---

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.mono = 0
	t.loc = loc
}

// stripMono drops the monotonic clock reading.
func (t *Time) stripMono() { t.mono = 0 }

// local returns the seconds since year 1 in t's zone and the zone.
func (t Time) local() (sec int64, name string, offset int) {
	name, offset = t.loc.lookup()
	return t.sec + int64(offset), name, offset
}

// abs splits t's local time into days since 1970-01-01 and the seconds
// within that day.
func (t Time) abs() (days int64, secs int) {
	l, _, _ := t.local()
	d, s := floorDiv(l-unixToInternal, secondsPerDay)
	return d, int(s)
}

// Date returns t's calendar date in its location.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.abs()
	y, m, dd := civilFromDays(d)
	return int(y), m, dd
}

// Year returns t's year.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns t's month.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns t's day of the month.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns t's day of the week.
func (t Time) Weekday() Weekday {
	d, _ := t.abs()
	// 1970-01-01 was a Thursday.
	_, w := floorDiv(d+4, 7)
	return Weekday(w)
}

// YearDay returns t's ordinal day in its year, from 1 to 365 (366 in
// leap years).
func (t Time) YearDay() int {
	d, _ := t.abs()
	y, _, _ := civilFromDays(d)
	return int(d-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek returns t's ISO 8601 week (1 to 53) and the year that week
// belongs to, which differs from t's year when early January days fall in
// the previous year's last week or late December days in the next year's
// first week.
func (t Time) ISOWeek() (year, week int) {
	// The ISO week's year is the year of its Thursday.
	d, _ := t.abs()
	_, w := floorDiv(d+3, 7) // Monday = 0
	thu := d - w + 3
	y, _, _ := civilFromDays(thu)
	return int(y), int(thu-daysFromCivil(y, 1, 1))/7 + 1
}

// Clock returns t's time of day as hour, minute and second.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.abs()
	return s / secondsPerHour, s / secondsPerMinute % 60, s % 60
}

// Hour returns t's hour, 0 to 23.
func (t Time) Hour() int {
	_, s := t.abs()
	return s / secondsPerHour
}

// Minute returns t's minute, 0 to 59.
func (t Time) Minute() int {
	_, s := t.abs()
	return s / secondsPerMinute % 60
}

// Second returns t's second, 0 to 59.
func (t Time) Second() int {
	_, s := t.abs()
	return s % 60
}

// Nanosecond returns the nanoseconds within t's second, 0 to 999999999.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero Time's instant.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Unix returns the seconds from 1970-01-01 00:00:00 UTC to t.
func (t Time) Unix() int64 { return t.sec + internalToUnix }

// UnixMilli returns the milliseconds from the Unix epoch to t.
func (t Time) UnixMilli() int64 {
	return (t.sec+internalToUnix)*1e3 + int64(t.nsec)/1e6
}

// UnixMicro returns the microseconds from the Unix epoch to t.
func (t Time) UnixMicro() int64 {
	return (t.sec+internalToUnix)*1e6 + int64(t.nsec)/1e3
}

// UnixNano returns the nanoseconds from the Unix epoch to t; outside the
// int64 range (years 1678 to 2262, roughly) the result is meaningless.
func (t Time) UnixNano() int64 {
	return (t.sec+internalToUnix)*1e9 + int64(t.nsec)
}

// --- comparison and arithmetic ---

// After reports whether t is later than u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is earlier than u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare returns -1, 0 or +1 as t is earlier than, the same instant as,
// or later than u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// addSec adds d seconds, saturating instead of overflowing.
func (t *Time) addSec(d int64) {
	s := t.sec + d
	switch {
	case d > 0 && s < t.sec:
		s = 1<<63 - 1
	case d < 0 && s > t.sec:
		s = -1 << 63
	}
	t.sec = s
}

// Add returns t moved by d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.nsec = nsec
	t.addSec(dsec)
	if t.mono != 0 {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.mono = 0 // out of range: wall clock only
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub returns the Duration from u to t, saturating at the largest or
// smallest Duration when it does not fit.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate adds the given years, months and days to t's date and
// normalises the result as Date does: a month after October 31 is
// "November 31", that is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// remainder returns t's time since the zero Time modulo d (d > 0), as a
// Duration, using 128-bit arithmetic.
func remainder(t Time, d Duration) Duration {
	neg := t.sec < 0
	s := uint64(t.sec)
	if neg {
		s = -s
	}
	hi, lo := bits.Mul64(s, 1e9)
	var c uint64
	if neg {
		// -(s*1e9) + nsec = -(s*1e9 - nsec)
		lo, c = bits.Sub64(lo, uint64(t.nsec), 0)
		hi -= c
	} else {
		lo, c = bits.Add64(lo, uint64(t.nsec), 0)
		hi += c
	}
	r := Duration(bits.Rem64(hi, lo, uint64(d)))
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// Truncate rounds t down to a multiple of d counted from the zero Time.
// With d <= 0 it returns t without its monotonic clock reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round rounds t to the closest multiple of d counted from the zero Time,
// halfway cases upwards. With d <= 0 it returns t without its monotonic
// clock reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// --- locations ---

// UTC, Local and In strip the monotonic clock reading, as Go's do.

// UTC returns t placed in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t placed in Local.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns the same instant as t, shown in loc; it panics if loc is
// nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location (UTC when it has none).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation (such as "CET") and the offset east of
// UTC, in seconds, of the zone t's location uses at t.
func (t Time) Zone() (name string, offset int) {
	return t.loc.lookup()
}
