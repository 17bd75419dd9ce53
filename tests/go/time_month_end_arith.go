// Month arithmetic pitfalls: AddDate overflowing short months, the last
// day of each month via day 0 of the next, durations between dates, and
// counting weekdays in a range.
package main

import (
	"fmt"
	"time"
)

func main() {
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	for m := 1; m <= 4; m++ {
		fmt.Println(jan31.AddDate(0, m, 0).Format("2006-01-02"))
	}
	var ends []int
	for m := time.January; m <= time.December; m++ {
		last := time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC)
		ends = append(ends, last.Day())
	}
	fmt.Println(ends)
	a := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24)
	weekdays := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			weekdays++
		}
	}
	fmt.Println("weekdays:", weekdays)
	leap := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(4, 0, 0), leap.AddDate(-1, 0, 0))
}

// Output:
// 2023-03-03
// 2023-03-31
// 2023-05-01
// 2023-05-31
// [31 29 31 30 31 30 31 31 30 31 30 31]
// 6960h0m0s 290
// weekdays: 207
// 2025-03-01 12:00:00 +0000 UTC 2028-02-29 12:00:00 +0000 UTC 2023-03-01 12:00:00 +0000 UTC
