// time: govmlib's time against the real package: Format over every layout
// element and random instants (far years, negative years, fixed zones
// with odd offsets), Parse over formatted values and corrupted ones
// (results and error messages), Duration formatting, parsing and
// rounding, Date normalisation, AddDate, Truncate/Round, calendar
// accessors. Local is UTC on the reference machine, as in govm.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"regexp"
	"strings"
	"time"

	gtime "govmlib/time"
)

var pass, fail int

var cannotParse = regexp.MustCompile(`: cannot parse "(.*)" as "(.*)"$`)

// sameParseErr accepts Go 1.20+'s error detail: the value element is the
// text where the failed element started (Go 1.19 reported what was left
// after consuming part of it, a suffix of that).
func sameParseErr(want, got string) bool {
	mw := cannotParse.FindStringSubmatch(want)
	mg := cannotParse.FindStringSubmatch(got)
	return mw != nil && mg != nil && mw[2] == mg[2] && strings.HasSuffix(mg[1], mw[1]) &&
		want[:len(want)-len(mw[0])] == got[:len(got)-len(mg[0])]
}

var known119 int

// fixedAfter119 recognises inputs that Go 1.19 parsed differently from
// Go 1.20 and later, which govm follows: non-digit zone offset or second
// fields (1.19 dropped the error), fractions longer than 9 digits for
// ".999" layouts (1.19 stopped at 9), "Z" for zones with seconds, zone
// offsets out of range.
func fixedAfter119(layout, value string, want, got []string) bool {
	if want[1] == "<nil>" && got[1] != "<nil>" {
		return strings.Contains(got[1], `as "-07`) || strings.Contains(got[1], `as "Z07`) ||
			strings.Contains(got[1], `as "05"`) || strings.Contains(got[1], `as "5"`) ||
			strings.Contains(got[1], "time zone offset")
	}
	if got[1] == "<nil>" && want[1] != "<nil>" {
		return longFraction.MatchString(value) || strings.Contains(layout, "Z070000") || strings.Contains(layout, "Z07:00:00")
	}
	if want[1] != "<nil>" && got[1] != "<nil>" {
		return longFraction.MatchString(value) || strings.Contains(got[1], "time zone offset") ||
			strings.Contains(got[1], `as "05"`) || strings.Contains(got[1], `as "5"`) ||
			strings.Contains(layout, "Z070000") || strings.Contains(layout, "Z07:00:00")
	}
	return false
}

var longFraction = regexp.MustCompile(`[.,][0-9]{10}`)

func checkParse(name, layout, value string, want, got []string) bool {
	if len(want) == 2 && len(got) == 2 && want[0] == got[0] && want[1] != got[1] && sameParseErr(want[1], got[1]) {
		pass++
		return true
	}
	if want[0] != got[0] || want[1] != got[1] {
		if fixedAfter119(layout, value, want, got) {
			known119++
			if known119 <= 8 {
				fmt.Printf("note: Go 1.19 differs: %q %q\n  1.19 %v\n  govm %v\n", layout, value, want[1], got[1])
			}
			return true
		}
	}
	return check(name, want, got)
}

func check(name string, want, got any) bool {
	w, g := fmt.Sprintf("%#v", want), fmt.Sprintf("%#v", got)
	if w == g {
		pass++
		return true
	}
	fail++
	if fail <= 60 {
		fmt.Printf("FAIL %s\n  want %s\n  got  %s\n", name, w, g)
	}
	return false
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

const full = "2006-01-02 15:04:05.999999999 -0700 MST"

func desc(t time.Time) string {
	name, off := t.Zone()
	return fmt.Sprint(t.Unix(), t.Nanosecond(), name, off, t.Location().String(), t.Format(full), t.IsZero())
}

func gdesc(t gtime.Time) string {
	name, off := t.Zone()
	return fmt.Sprint(t.Unix(), t.Nanosecond(), name, off, t.Location().String(), t.Format(full), t.IsZero())
}

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
	time.StampMilli, time.StampMicro, time.StampNano,
	"2006-01-02 15:04:05", "2006-01-02", "15:04:05", "Jan _2 2006 3:04:05.000 pm", "Monday January 2 2006",
	"2006-002 __2 002", "06/1/2 3:4:5 PM", "2006-01-02T15:04:05.00000Z0700", "15:04:05,999 -07",
	"15:04:05.9 Z07", "Z070000 -070000 Z07:00:00 -07:00:00", "Mon, 02 Jan 2006 15:04:05 GMT",
	"Janet Mondays 2006", "_2006 __2 _2", "2006-01-02T15:04:05.999999999", "1 2 3 4 5 6", ".00 .999 ,000",
	"2006.01.02 15.04.05.000000000", "Jan January Mon Monday MST", "20060102150405", "2006 01 02 .9", "pm PM",
}

func randTime(r *rand.Rand) (time.Time, gtime.Time) {
	var sec int64
	switch r.Intn(5) {
	case 0:
		sec = r.Int63n(4e9) - 1e9
	case 1:
		sec = r.Int63n(1e11) - 5e10
	case 2:
		sec = r.Int63n(1e12) - 7e10
	case 3:
		sec = -62135596800 + r.Int63n(1e6) - 5e5
	default:
		sec = 1136239445 + r.Int63n(1e8)
	}
	nsec := r.Int63n(1e9)
	if r.Intn(3) == 0 {
		nsec = nsec / 1e6 * 1e6
	}
	if r.Intn(5) == 0 {
		nsec = 0
	}
	a, b := time.Unix(sec, nsec), gtime.Unix(sec, nsec)
	switch r.Intn(4) {
	case 0:
		a, b = a.UTC(), b.UTC()
	case 1:
		off := (r.Intn(30*3600) - 15*3600)
		if r.Intn(2) == 0 {
			off = off / 900 * 900
		}
		name := []string{"", "XYZ", "CEST", "+05"}[r.Intn(4)]
		a, b = a.In(time.FixedZone(name, off)), b.In(gtime.FixedZone(name, off))
	}
	return a, b
}

func formats(r *rand.Rand) {
	for i := 0; i < 4000; i++ {
		a, b := randTime(r)
		check("time", desc(a), gdesc(b))
		for _, l := range layouts {
			check(fmt.Sprintf("Format %q %v", l, a), a.Format(l), b.Format(l))
		}
		check("String", a.String(), b.String())
		check("GoString", a.GoString(), b.GoString())
		y1, w1 := a.ISOWeek()
		y2, w2 := b.ISOWeek()
		check("accessors "+a.String(), []any{a.Year(), int(a.Month()), a.Day(), a.Hour(), a.Minute(), a.Second(), int(a.Weekday()), a.YearDay(), y1, w1, a.UnixMilli(), a.UnixMicro(), a.UnixNano()},
			[]any{b.Year(), int(b.Month()), b.Day(), b.Hour(), b.Minute(), b.Second(), int(b.Weekday()), b.YearDay(), y2, w2, b.UnixMilli(), b.UnixMicro(), b.UnixNano()})
		for _, d := range []time.Duration{1, 7, time.Microsecond, time.Millisecond, time.Second, 1500 * time.Millisecond, time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, -5} {
			check(fmt.Sprint("Truncate ", d, a), desc(a.Truncate(d)), gdesc(b.Truncate(gtime.Duration(d))))
			check(fmt.Sprint("Round ", d, a), desc(a.Round(d)), gdesc(b.Round(gtime.Duration(d))))
			check(fmt.Sprint("Add ", d), desc(a.Add(d*12345)), gdesc(b.Add(gtime.Duration(d*12345))))
		}
		ys, ms, ds := r.Intn(21)-10, r.Intn(41)-20, r.Intn(801)-400
		check(fmt.Sprint("AddDate ", ys, ms, ds), desc(a.AddDate(ys, ms, ds)), gdesc(b.AddDate(ys, ms, ds)))
		a2, b2 := randTime(r)
		check("Sub", a.Sub(a2), time.Duration(b.Sub(b2)))
		check("cmp", []bool{a.Before(a2), a.After(a2), a.Equal(a2)}, []bool{b.Before(b2), b.After(b2), b.Equal(b2)})
	}
	// Date normalisation.
	for i := 0; i < 20000; i++ {
		y, mo, d, h, mi, s, ns := r.Intn(4000)-1000, r.Intn(40)-14, r.Intn(100)-30, r.Intn(60)-20, r.Intn(200)-70, r.Intn(200)-70, r.Intn(4e9)-2e9
		check(fmt.Sprint("Date ", y, mo, d, h, mi, s, ns), desc(time.Date(y, time.Month(mo), d, h, mi, s, ns, time.UTC)),
			gdesc(gtime.Date(y, gtime.Month(mo), d, h, mi, s, ns, gtime.UTC)))
	}
	check("zero", desc(time.Time{}), gdesc(gtime.Time{}))
	check("months", fmt.Sprint(time.Month(0), time.Month(13), time.December), fmt.Sprint(gtime.Month(0), gtime.Month(13), gtime.December))
	check("weekdays", fmt.Sprint(time.Weekday(-1), time.Saturday), fmt.Sprint(gtime.Weekday(-1), gtime.Saturday))
}

func corrupt(r *rand.Rand, s string) string {
	if s == "" {
		return "x"
	}
	b := []byte(s)
	switch r.Intn(6) {
	case 0:
		i := r.Intn(len(b))
		b = append(b[:i], b[i+1:]...)
	case 1:
		b[r.Intn(len(b))] = "0123456789 :-+.,ZAPMTxé"[r.Intn(23)]
	case 2:
		i := r.Intn(len(b) + 1)
		b = append(b[:i], append([]byte{"09 ."[r.Intn(4)]}, b[i:]...)...)
	case 3:
		b = append(b, " extra"...)
	case 4:
		b = []byte(strings.ToLower(string(b)))
	}
	return string(b)
}

func parses(r *rand.Rand) {
	for i := 0; i < 3000; i++ {
		a, _ := randTime(r)
		if a.Year() < 0 || a.Year() > 9999 {
			continue
		}
		for _, l := range layouts {
			v := a.Format(l)
			if r.Intn(2) == 0 {
				v = corrupt(r, v)
			}
			ta, ea := time.Parse(l, v)
			tb, eb := gtime.Parse(l, v)
			checkParse(fmt.Sprintf("Parse %q %q", l, v), l, v, []string{desc(ta), errs(ea)}, []string{gdesc(tb), errs(eb)})
			loc := time.FixedZone("ABC", 3600)
			gloc := gtime.FixedZone("ABC", 3600)
			ta, ea = time.ParseInLocation(l, v, loc)
			tb, eb = gtime.ParseInLocation(l, v, gloc)
			checkParse(fmt.Sprintf("ParseInLocation %q %q", l, v), l, v, []string{desc(ta), errs(ea)}, []string{gdesc(tb), errs(eb)})
		}
	}
	extra := [][2]string{
		{time.RFC3339, "2024-02-30T10:00:00Z"}, {time.RFC3339, "2024-13-01T10:00:00Z"}, {time.RFC3339, "2024-01-01T25:00:00Z"},
		{time.RFC3339, "2024-01-01T10:61:00Z"}, {time.RFC3339, "2024-01-01T10:00:60Z"}, {time.RFC3339, "2024-01-01T10:00:00.123456789123Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PDT"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ChST"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 WITA"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 +03"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 AEST"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 Zz"}, {"2006-002", "2024-366"}, {"2006-002", "2023-366"},
		{"2006-01-02 002", "2024-03-01 061"}, {"2006-01-02 002", "2024-03-02 061"}, {"3:04PM", "12:00AM"}, {"3:04PM", "12:00PM"}, {"3:04pm", "13:00pm"},
		{"2006-01-02 15:04:05", "2024-01-02 15:04:05.123"}, {"2006-01-02 15:04:05", "2024-01-02 15:04:05,5"}, {"15:04:05.000", "10:00:00.12"},
		{"Jan _2", "Feb  3"}, {"Jan _2", "Feb 3"}, {"January", "MARCH"}, {"Mon", "tue"}, {"", ""}, {"", "x"}, {"2006", "-123"},
		{"06", "68"}, {"06", "69"}, {"-0700", "+0130"}, {"-07:00", "+01:30"}, {"Z07:00", "-00:00"}, {"Z07", "+05"}, {"2006 MST", "2024 UTC"},
		{"Jan 2 2006 MST", "Feb 3 2024 \xff"}, {"2006-01-02", "2024-01-02\u00e9"}, {"2006-01-02", "２０２４"},
	}
	for _, e := range extra {
		ta, ea := time.Parse(e[0], e[1])
		tb, eb := gtime.Parse(e[0], e[1])
		checkParse(fmt.Sprintf("Parse %q %q", e[0], e[1]), e[0], e[1], []string{desc(ta), errs(ea)}, []string{gdesc(tb), errs(eb)})
	}
}

func durations(r *rand.Rand) {
	ds := []time.Duration{0, 1, -1, 999, 1000, 1001, 999999, 1000000, 1500000, 999999999, 1e9, 1e9 + 1, 61e9, 3599e9, 3600e9, 86400e9,
		1<<63 - 1, -1 << 63, -(1<<63 - 1), 90 * time.Minute, 100 * time.Hour}
	for i := 0; i < 20000; i++ {
		var d time.Duration
		switch r.Intn(4) {
		case 0:
			d = time.Duration(r.Int63n(2e9) - 1e9)
		case 1:
			d = time.Duration(r.Int63())
		case 2:
			d = time.Duration(r.Int63n(1e15) - 5e14)
		default:
			d = time.Duration(r.Int63n(1e6) * 1e6)
		}
		ds = append(ds, d)
	}
	for _, d := range ds {
		g := gtime.Duration(d)
		check("String", d.String(), g.String())
		check("float", []float64{d.Hours(), d.Minutes(), d.Seconds()}, []float64{g.Hours(), g.Minutes(), g.Seconds()})
		check("int", []int64{d.Milliseconds(), d.Microseconds(), d.Nanoseconds()}, []int64{g.Milliseconds(), g.Microseconds(), g.Nanoseconds()})
		check("Abs", d.Abs(), time.Duration(g.Abs()))
		for _, m := range []time.Duration{0, -1, 1, 7, time.Millisecond, time.Second, time.Minute, time.Hour, 1<<63 - 1, 3 * time.Hour} {
			check(fmt.Sprint("Round ", d, m), d.Round(m), time.Duration(g.Round(gtime.Duration(m))))
			check(fmt.Sprint("Truncate ", d, m), d.Truncate(m), time.Duration(g.Truncate(gtime.Duration(m))))
		}
		s := d.String()
		pa, ea := time.ParseDuration(s)
		pb, eb := gtime.ParseDuration(s)
		check("ParseDuration "+s, []any{pa, errs(ea)}, []any{time.Duration(pb), errs(eb)})
	}
	strs := []string{"", "0", "-0", "+0", "1", "1s", "1.5h", ".5m", "5.m", ".", "-.s", "1h2m3s4ms5us6ns", "1µs", "1μs", "3x",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"2562047h47m16.854775808s", "0.000000000001s", "1.00000000000000000000000001h", "100000000000000000000h",
		"1h-2m", "1 h", "1h ", "\xffs", "1\xff", "1.123456789123456789s", "12345678901234567890.5ns", "-1.5h30m"}
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for k := r.Intn(4); k >= 0; k-- {
			b.WriteString(fmt.Sprint(r.Intn(1000)))
			if r.Intn(2) == 0 {
				b.WriteString("." + fmt.Sprint(r.Intn(100000)))
			}
			b.WriteString([]string{"h", "m", "s", "ms", "us", "µs", "ns", "x", ""}[r.Intn(9)])
		}
		strs = append(strs, b.String())
	}
	for _, s := range strs {
		pa, ea := time.ParseDuration(s)
		pb, eb := gtime.ParseDuration(s)
		check("ParseDuration "+s, []any{pa, errs(ea)}, []any{time.Duration(pb), errs(eb)})
	}
}

func main() {
	r := rand.New(rand.NewSource(11))
	formats(r)
	parses(r)
	durations(r)
	_, e1 := time.LoadLocation("Mars/Olympus")
	_, e2 := gtime.LoadLocation("Mars/Olympus")
	check("LoadLocation", errs(e1), errs(e2))
	fmt.Printf("time: %d parse results differ from Go 1.19 where Go 1.20+ changed Parse\n", known119)
	fmt.Printf("time: %d passed, %d failed\n", pass, fail)
	if fail > 0 {
		os.Exit(1)
	}
}
