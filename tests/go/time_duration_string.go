// time.Duration.String for every magnitude: zero, nanoseconds,
// microseconds (µ), milliseconds, seconds with fractions, minutes, hours,
// negative values and the extremes.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500, time.Millisecond, 1500 * time.Microsecond,
		999999999, time.Second, 1500 * time.Millisecond, 61 * time.Second, time.Minute, 90 * time.Minute,
		time.Hour, 25*time.Hour + 30*time.Second, 100*time.Hour + 1, -1, -1500 * time.Millisecond, -time.Hour,
		math.MaxInt64, math.MinInt64, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond}
	for _, d := range ds {
		fmt.Println(int64(d), d)
	}
	fmt.Printf("%v %s %d %q\n", time.Second, time.Minute, time.Millisecond, 3*time.Hour)
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}

// Output:
// 0 0s
// 1 1ns
// 999 999ns
// 1000 1µs
// 1500 1.5µs
// 1000000 1ms
// 1500000 1.5ms
// 999999999 999.999999ms
// 1000000000 1s
// 1500000000 1.5s
// 61000000000 1m1s
// 60000000000 1m0s
// 5400000000000 1h30m0s
// 3600000000000 1h0m0s
// 90030000000000 25h0m30s
// 360000000000001 100h0m0.000000001s
// -1 -1ns
// -1500000000 -1.5s
// -3600000000000 -1h0m0s
// 9223372036854775807 2562047h47m16.854775807s
// -9223372036854775808 -2562047h47m16.854775808s
// 7384005000000 2h3m4.005s
// 1s 1m0s 1000000 "3h0m0s"
// 1ns 1µs 1ms 1s 1m0s 1h0m0s
