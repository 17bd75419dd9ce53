// time.Unix, UnixMilli, UnixMicro and the Time methods back (Unix,
// UnixMilli, UnixMicro, UnixNano), with negative times, nanosecond
// normalisation and times before 1970; UTC() and Local() for display.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]int64{{0, 0}, {1700000000, 123456789}, {-1, 0}, {-1, 999999999}, {1, -1}, {0, 3500000000}, {-86400 * 365, 0}, {253402300799, 0}} {
		t := time.Unix(c[0], c[1]).UTC()
		fmt.Println(t, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.Nanosecond())
	}
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMilli(-1).UTC())
	fmt.Println(time.UnixMicro(1700000000123456).UTC(), time.UnixMicro(-1).UTC())
	var zero time.Time
	fmt.Println(zero, zero.Unix(), zero.IsZero(), time.Unix(0, 0).IsZero())
	l := time.Unix(1700000000, 0)
	fmt.Println(l.Location(), l.UTC().Location(), l.Equal(l.UTC()))
}

// Output:
// 1970-01-01 00:00:00 +0000 UTC 0 0 0 0 0
// 2023-11-14 22:13:20.123456789 +0000 UTC 1700000000 1700000000123 1700000000123456 1700000000123456789 123456789
// 1969-12-31 23:59:59 +0000 UTC -1 -1000 -1000000 -1000000000 0
// 1969-12-31 23:59:59.999999999 +0000 UTC -1 -1 -1 -1 999999999
// 1970-01-01 00:00:00.999999999 +0000 UTC 0 999 999999 999999999 999999999
// 1970-01-01 00:00:03.5 +0000 UTC 3 3500 3500000 3500000000 500000000
// 1969-01-01 00:00:00 +0000 UTC -31536000 -31536000000 -31536000000000 -31536000000000000 0
// 9999-12-31 23:59:59 +0000 UTC 253402300799 253402300799000 253402300799000000 -4852116232933722624 0
// 2023-11-14 22:13:20.123 +0000 UTC 1969-12-31 23:59:59.999 +0000 UTC
// 2023-11-14 22:13:20.123456 +0000 UTC 1969-12-31 23:59:59.999999 +0000 UTC
// 0001-01-01 00:00:00 +0000 UTC -62135596800 true false
// Local UTC true
