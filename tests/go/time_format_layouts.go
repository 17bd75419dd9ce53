// Time.Format with the predefined layouts and a fixed-offset zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	est := time.FixedZone("EST", -5*3600)
	for _, l := range []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano} {
		fmt.Printf("%-28s %s | %s\n", l, t.Format(l), t.In(est).Format(l))
	}
	fmt.Println(t)
	fmt.Println(t.In(est))
	fmt.Println(time.Date(2024, 3, 5, 7, 8, 9, 0, time.FixedZone("", 5*3600+30*60)))
}

// Output:
// 01/02 03:04:05PM '06 -0700   11/10 11:04:05PM '09 +0000 | 11/10 06:04:05PM '09 -0500
// Mon Jan _2 15:04:05 2006     Tue Nov 10 23:04:05 2009 | Tue Nov 10 18:04:05 2009
// Mon Jan _2 15:04:05 MST 2006 Tue Nov 10 23:04:05 UTC 2009 | Tue Nov 10 18:04:05 EST 2009
// Mon Jan 02 15:04:05 -0700 2006 Tue Nov 10 23:04:05 +0000 2009 | Tue Nov 10 18:04:05 -0500 2009
// 02 Jan 06 15:04 MST          10 Nov 09 23:04 UTC | 10 Nov 09 18:04 EST
// 02 Jan 06 15:04 -0700        10 Nov 09 23:04 +0000 | 10 Nov 09 18:04 -0500
// Monday, 02-Jan-06 15:04:05 MST Tuesday, 10-Nov-09 23:04:05 UTC | Tuesday, 10-Nov-09 18:04:05 EST
// Mon, 02 Jan 2006 15:04:05 MST Tue, 10 Nov 2009 23:04:05 UTC | Tue, 10 Nov 2009 18:04:05 EST
// Mon, 02 Jan 2006 15:04:05 -0700 Tue, 10 Nov 2009 23:04:05 +0000 | Tue, 10 Nov 2009 18:04:05 -0500
// 2006-01-02T15:04:05Z07:00    2009-11-10T23:04:05Z | 2009-11-10T18:04:05-05:00
// 2006-01-02T15:04:05.999999999Z07:00 2009-11-10T23:04:05.123456789Z | 2009-11-10T18:04:05.123456789-05:00
// 3:04PM                       11:04PM | 6:04PM
// Jan _2 15:04:05              Nov 10 23:04:05 | Nov 10 18:04:05
// Jan _2 15:04:05.000          Nov 10 23:04:05.123 | Nov 10 18:04:05.123
// Jan _2 15:04:05.000000       Nov 10 23:04:05.123456 | Nov 10 18:04:05.123456
// Jan _2 15:04:05.000000000    Nov 10 23:04:05.123456789 | Nov 10 18:04:05.123456789
// 2009-11-10 23:04:05.123456789 +0000 UTC
// 2009-11-10 18:04:05.123456789 -0500 EST
// 2024-03-05 07:08:09 +0530 +0530
