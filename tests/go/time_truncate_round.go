// Time.Truncate and Round (relative to the zero time, so hours and days
// in UTC), including values before year 1 and halfway rounding up.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 5, 17, 13, 47, 31, 600000000, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Millisecond, time.Second, 15 * time.Second, time.Minute,
		15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Hour} {
		fmt.Printf("%-8v %v | %v\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	half := time.Date(2024, 1, 1, 0, 0, 30, 0, time.UTC)
	fmt.Println(half.Round(time.Minute), half.Add(-time.Nanosecond).Round(time.Minute))
	old := time.Date(0, 6, 15, 12, 0, 0, 1, time.UTC)
	fmt.Println(old.Truncate(24*time.Hour), old.Round(time.Hour))
	zone := t.In(time.FixedZone("X", 3*3600+1800))
	fmt.Println(zone.Truncate(time.Hour))
}

// Output:
// 1ns      2024-05-17T13:47:31.6Z | 2024-05-17T13:47:31.6Z
// 1ms      2024-05-17T13:47:31.6Z | 2024-05-17T13:47:31.6Z
// 1s       2024-05-17T13:47:31Z | 2024-05-17T13:47:32Z
// 15s      2024-05-17T13:47:30Z | 2024-05-17T13:47:30Z
// 1m0s     2024-05-17T13:47:00Z | 2024-05-17T13:48:00Z
// 15m0s    2024-05-17T13:45:00Z | 2024-05-17T13:45:00Z
// 1h0m0s   2024-05-17T13:00:00Z | 2024-05-17T14:00:00Z
// 24h0m0s  2024-05-17T00:00:00Z | 2024-05-18T00:00:00Z
// 168h0m0s 2024-05-13T00:00:00Z | 2024-05-20T00:00:00Z
// 0s       2024-05-17T13:47:31.6Z | 2024-05-17T13:47:31.6Z
// -1h0m0s  2024-05-17T13:47:31.6Z | 2024-05-17T13:47:31.6Z
// 2024-01-01 00:01:00 +0000 UTC 2024-01-01 00:00:00 +0000 UTC
// 0000-06-15 00:00:00 +0000 UTC 0000-06-15 12:00:00 +0000 UTC
// 2024-05-17 16:30:00 +0330 X
