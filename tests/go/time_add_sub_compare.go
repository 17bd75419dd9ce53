// Time.Add, Sub (with saturation), AddDate (month-end overflow),
// Before, After, Equal across zones, Since/Until on fixed times.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.January, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(t.Add(36*time.Hour), t.Add(-time.Nanosecond))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(0, -2, 0), t.AddDate(1, 1, 1), t.AddDate(0, 0, -31))
	u := time.Date(2025, time.March, 1, 12, 30, 0, 500, time.UTC)
	fmt.Println(u.Sub(t), t.Sub(u), t.Sub(t))
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(t), t.Sub(far))
	inNY := t.In(time.FixedZone("EST", -5*3600))
	fmt.Println(t.Equal(inNY), t == inNY, t.Before(u), t.After(u), u.After(t), t.Before(t))
	fmt.Println(inNY, inNY.Hour(), t.Hour())
	var zero time.Time
	fmt.Println(zero.Add(-time.Hour), zero.Sub(t))
	deadline := t.Add(90 * time.Minute)
	fmt.Println(deadline.Sub(t).Minutes(), deadline.Format(time.Kitchen))
}

// Output:
// 2024-02-01 22:00:00 +0000 UTC 2024-01-31 09:59:59.999999999 +0000 UTC
// 2024-03-02 10:00:00 +0000 UTC 2023-12-01 10:00:00 +0000 UTC 2025-03-04 10:00:00 +0000 UTC 2023-12-31 10:00:00 +0000 UTC
// 9482h30m0.0000005s -9482h30m0.0000005s 0s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// true false true false true false
// 2024-01-31 05:00:00 -0500 EST 5 10
// 0000-12-31 23:00:00 +0000 UTC -2562047h47m16.854775808s
// 90 11:30AM
