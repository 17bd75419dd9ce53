// Saturation and overflow with durations: Time.Sub far apart saturates at
// the extreme Durations, Add with huge durations, Duration arithmetic that
// wraps, and Round near the limits.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	a := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), a.Sub(b), b.Sub(a) == math.MaxInt64, a.Sub(b) == math.MinInt64)
	max := time.Duration(math.MaxInt64)
	fmt.Println(max, time.Duration(math.MinInt64))
	t := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Add(max), t.Add(-max))
	fmt.Println(max+1 == time.Duration(math.MinInt64), (max / time.Hour), max.Hours())
	fmt.Println(max.Round(time.Second), max.Truncate(time.Hour), (max - 5).Round(10))
	d, err := time.ParseDuration("2562047h47m16.854775807s")
	fmt.Println(d == max, err)
	_, err = time.ParseDuration("2562048h")
	fmt.Println(err)
}

// Output:
// 2562047h47m16.854775807s -2562047h47m16.854775808s true true
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 2292-04-10 23:47:16.854775807 +0000 UTC 1707-09-22 00:12:43.145224193 +0000 UTC
// true 2.562047ms 2.5620477880152157e+06
// 2562047h47m16.854775807s 2562047h0m0s 2562047h47m16.8547758s
// true <nil>
// time: invalid duration "2562048h"
