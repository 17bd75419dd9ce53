// time.Parse with standard and custom layouts: zones (Z, numeric
// offsets, abbreviations), fractional seconds with and without a layout
// element, 12-hour clocks, day of year, and ParseInLocation.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", t.Location(), name, off, t.Unix())
}

func main() {
	show(time.Parse(time.RFC3339, "2024-02-29T13:45:00Z"))
	show(time.Parse(time.RFC3339, "2024-02-29T13:45:00+05:30"))
	show(time.Parse(time.RFC3339Nano, "2024-02-29T13:45:00.123456789-08:00"))
	show(time.Parse(time.RFC3339, "2024-02-29T13:45:00.5Z"))
	show(time.Parse("2006-01-02 15:04:05", "2023-07-04 09:08:07"))
	show(time.Parse("2006-01-02 15:04:05", "2023-07-04 09:08:07.654"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"))
	show(time.Parse(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC"))
	show(time.Parse(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0000"))
	show(time.Parse(time.Kitchen, "3:04PM"))
	show(time.Parse(time.Kitchen, "12:30AM"))
	show(time.Parse("Jan _2 2006", "Feb  3 2013"))
	show(time.Parse("January 2, 2006", "march 14, 2015"))
	show(time.Parse("2006-002", "2024-060"))
	show(time.Parse("2006-002", "2023-365"))
	show(time.Parse("06-1-2", "69-7-20"))
	show(time.Parse("06-1-2", "68-7-20"))
	show(time.Parse("2006-01-02 MST", "2024-01-02 GMT+3"))
	show(time.Parse("2006-01-02 -07", "2024-01-02 -03"))
	loc := time.FixedZone("CET", 3600)
	show(time.ParseInLocation("2006-01-02 15:04", "2024-06-01 12:00", loc))
	show(time.ParseInLocation("2006-01-02 15:04 MST", "2024-06-01 12:00 CET", loc))
	show(time.ParseInLocation("2006-01-02 15:04 -0700", "2024-06-01 12:00 +0100", loc))
	show(time.Parse("", ""))
}

// Output:
// 2024-02-29 13:45:00 +0000 UTC | UTC UTC 0 1709214300
// 2024-02-29 13:45:00 +0530 +0530 |   19800 1709194500
// 2024-02-29 13:45:00.123456789 -0800 -0800 |   -28800 1709243100
// 2024-02-29 13:45:00.5 +0000 UTC | UTC UTC 0 1709214300
// 2023-07-04 09:08:07 +0000 UTC | UTC UTC 0 1688461687
// 2023-07-04 09:08:07.654 +0000 UTC | UTC UTC 0 1688461687
// 2006-01-02 15:04:05 +0000 MST | MST MST 0 1136214245
// 2009-11-10 23:00:00 +0000 UTC | UTC UTC 0 1257894000
// 2009-11-10 23:00:00 +0000 UTC | Local UTC 0 1257894000
// 0000-01-01 15:04:00 +0000 UTC | UTC UTC 0 -62167164960
// 0000-01-01 00:30:00 +0000 UTC | UTC UTC 0 -62167217400
// 2013-02-03 00:00:00 +0000 UTC | UTC UTC 0 1359849600
// 2015-03-14 00:00:00 +0000 UTC | UTC UTC 0 1426291200
// 2024-02-29 00:00:00 +0000 UTC | UTC UTC 0 1709164800
// 2023-12-31 00:00:00 +0000 UTC | UTC UTC 0 1703980800
// 1969-07-20 00:00:00 +0000 UTC | UTC UTC 0 -14256000
// 2068-07-20 00:00:00 +0000 UTC | UTC UTC 0 3109968000
// 2024-01-02 03:00:00 +0300 GMT+3 | GMT+3 GMT+3 10800 1704153600
// 2024-01-02 00:00:00 -0300 -0300 |   -10800 1704164400
// 2024-06-01 12:00:00 +0100 CET | CET CET 3600 1717239600
// 2024-06-01 12:00:00 +0100 CET | CET CET 3600 1717239600
// 2024-06-01 12:00:00 +0100 CET | CET CET 3600 1717239600
// 0000-01-01 00:00:00 +0000 UTC | UTC UTC 0 -62167219200
