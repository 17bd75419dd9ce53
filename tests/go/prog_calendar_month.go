// Printing month calendars like cal(1) with the time package: weekday of
// the 1st, days in the month (leap years), ISO week numbers.
package main

import (
	"fmt"
	"strings"
	"time"
)

func printMonth(year int, month time.Month) {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	days := first.AddDate(0, 1, -1).Day()
	title := fmt.Sprintf("%s %d", month, year)
	fmt.Printf("%s%s\n", strings.Repeat(" ", (20-len(title))/2), title)
	fmt.Println("Mo Tu We Th Fr Sa Su  wk")
	offset := (int(first.Weekday()) + 6) % 7
	line := strings.Repeat("   ", offset)
	for d := 1; d <= days; d++ {
		line += fmt.Sprintf("%2d", d)
		t := time.Date(year, month, d, 0, 0, 0, 0, time.UTC)
		if t.Weekday() == time.Sunday || d == days {
			_, wk := t.ISOWeek()
			fmt.Printf("%-20s %2d\n", line, wk)
			line = ""
		} else {
			line += " "
		}
	}
}

func main() {
	printMonth(2024, time.February)
	fmt.Println()
	printMonth(2023, time.February)
	fmt.Println()
	printMonth(2027, time.January)
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		fmt.Print(y, ":", time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), " ")
	}
	fmt.Println("days")
}

// Output:
//    February 2024
// Mo Tu We Th Fr Sa Su  wk
//           1  2  3  4  5
//  5  6  7  8  9 10 11  6
// 12 13 14 15 16 17 18  7
// 19 20 21 22 23 24 25  8
// 26 27 28 29           9
//
//    February 2023
// Mo Tu We Th Fr Sa Su  wk
//        1  2  3  4  5  5
//  6  7  8  9 10 11 12  6
// 13 14 15 16 17 18 19  7
// 20 21 22 23 24 25 26  8
// 27 28                 9
//
//     January 2027
// Mo Tu We Th Fr Sa Su  wk
//              1  2  3 53
//  4  5  6  7  8  9 10  1
// 11 12 13 14 15 16 17  2
// 18 19 20 21 22 23 24  3
// 25 26 27 28 29 30 31  4
// 1900:365 2000:366 2023:365 2024:366 2100:365 days
