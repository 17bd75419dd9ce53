// Calendar accessors: Date, Clock, Year..Nanosecond, Weekday, YearDay,
// ISOWeek across year boundaries, Month and Weekday names (and invalid
// ones).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range [][3]int{{2020, 12, 31}, {2021, 1, 1}, {2021, 1, 3}, {2021, 1, 4}, {2024, 12, 30}, {2026, 12, 31}, {2027, 1, 1}, {2004, 12, 31}, {2005, 1, 2}} {
		t := time.Date(d[0], time.Month(d[1]), d[2], 13, 14, 15, 16, time.UTC)
		y, w := t.ISOWeek()
		fmt.Println(t.Format("2006-01-02"), t.Weekday(), t.YearDay(), y, w)
	}
	t := time.Date(2024, 7, 14, 21, 5, 9, 987654321, time.UTC)
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(time.March, time.Month(13), time.Month(0), time.Saturday, time.Weekday(7), int(time.December))
	fmt.Printf("%d %v %s\n", time.June, time.June, time.Sunday)
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m.String()[:3], " ")
	}
	fmt.Println(len(time.February.String()))
}

// Output:
// 2020-12-31 Thursday 366 2020 53
// 2021-01-01 Friday 1 2020 53
// 2021-01-03 Sunday 3 2020 53
// 2021-01-04 Monday 4 2021 1
// 2024-12-30 Monday 365 2025 1
// 2026-12-31 Thursday 365 2026 53
// 2027-01-01 Friday 1 2026 53
// 2004-12-31 Friday 366 2004 53
// 2005-01-02 Sunday 2 2004 53
// 2024 July 14 21 5 9 2024 July 14 21 5 9 987654321
// March %!Month(13) %!Month(0) Saturday %!Weekday(7) 12
// 6 June Sunday
// Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec 8
