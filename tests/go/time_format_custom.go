// Custom Time.Format layouts: every element (padded and unpadded
// numbers, month and day names, AM/PM, 12-hour clock, day of year,
// fractional seconds with . and , and trimmed 9s, zone forms), literal
// text, and years outside 0-9999.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2006, time.January, 2, 15, 4, 5, 70000000, time.FixedZone("MST", -7*3600))
	layouts := []string{
		"2006-01-02 15:04:05", "02/01/06 03:04:05 PM", "Monday, January 2, 2006", "Mon Jan _2 3:4:5 pm",
		"2006-002 __2 002", "15:04:05.000 15:04:05.999 15:04:05,000000", "15:04:05.9 .99 .9999999999",
		"-0700 -07:00 -07 Z0700 Z07:00 Z07 MST", "-070000 -07:00:00 Z070000 Z07:00:00", "Jan January Mon Monday",
		"year 2006 month 1 day 2", "literal: Janet Mondays 06 2006", "_2006", "20060102T150405Z0700",
	}
	for _, l := range layouts {
		fmt.Printf("%q -> %q\n", l, t.Format(l))
	}
	u := time.Date(2024, 12, 9, 0, 7, 9, 0, time.UTC)
	for _, l := range layouts[:6] {
		fmt.Println(u.Format(l))
	}
	fmt.Println(u.Format(time.RFC3339), u.Format("Z07:00 MST"))
	for _, y := range []int{-1, 0, 5, 99, 12345} {
		fmt.Println(time.Date(y, 6, 7, 8, 9, 10, 0, time.UTC).Format("2006 06 Jan _2"))
	}
	fmt.Println(time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC).Format(time.Kitchen), time.Date(2024, 1, 1, 0, 30, 0, 0, time.UTC).Format(time.Kitchen))
	buf := []byte("time: ")
	buf = t.AppendFormat(buf, time.RFC3339)
	fmt.Println(string(buf))
}

// Output:
// "2006-01-02 15:04:05" -> "2006-01-02 15:04:05"
// "02/01/06 03:04:05 PM" -> "02/01/06 03:04:05 PM"
// "Monday, January 2, 2006" -> "Monday, January 2, 2006"
// "Mon Jan _2 3:4:5 pm" -> "Mon Jan  2 3:4:5 pm"
// "2006-002 __2 002" -> "2006-002   2 002"
// "15:04:05.000 15:04:05.999 15:04:05,000000" -> "15:04:05.070 15:04:05.07 15:04:05,070000"
// "15:04:05.9 .99 .9999999999" -> "15:04:05 .07 .07"
// "-0700 -07:00 -07 Z0700 Z07:00 Z07 MST" -> "-0700 -07:00 -07 -0700 -07:00 -07 MST"
// "-070000 -07:00:00 Z070000 Z07:00:00" -> "-070000 -07:00:00 -070000 -07:00:00"
// "Jan January Mon Monday" -> "Jan January Mon Monday"
// "year 2006 month 1 day 2" -> "year 2006 month 1 day 2"
// "literal: Janet Mondays 06 2006" -> "literal: Janet Mondays 06 2006"
// "_2006" -> "_2006"
// "20060102T150405Z0700" -> "20060102T150405-0700"
// 2024-12-09 00:07:09
// 09/12/24 12:07:09 AM
// Monday, December 9, 2024
// Mon Dec  9 12:7:9 am
// 2024-344 344 344
// 00:07:09.000 00:07:09 00:07:09,000000
// 2024-12-09T00:07:09Z Z UTC
// -0001 01 Jun  7
// 0000 00 Jun  7
// 0005 05 Jun  7
// 0099 99 Jun  7
// 12345 45 Jun  7
// 12:00PM 12:30AM
// time: 2006-01-02T15:04:05-07:00
