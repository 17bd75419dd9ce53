// Duration conversions (Hours, Minutes, Seconds, Milliseconds,
// Microseconds, Nanoseconds), Abs, Round and Truncate, including
// halfway values, negative durations and overflow saturation.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println((-d).Milliseconds(), time.Duration(-1500).Microseconds())
	fmt.Println(time.Duration(-5).Abs(), time.Duration(math.MinInt64).Abs())
	for _, m := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 0, -time.Second} {
		fmt.Printf("%v: %v %v | %v %v\n", m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(1500*time.Millisecond).Round(time.Second), time.Duration(2500*time.Millisecond).Round(time.Second))
	fmt.Println(time.Duration(-1500 * time.Millisecond).Round(time.Second))
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
}

// Output:
// 1.2585884093458333 75.51530456075 4530.918273645
// 4530918 4530918273 4530918273645
// -4530918 -1
// 5ns 2562047h47m16.854775807s
// 1ns: 1h15m30.918273645s 1h15m30.918273645s | -1h15m30.918273645s -1h15m30.918273645s
// 1µs: 1h15m30.918274s 1h15m30.918273s | -1h15m30.918274s -1h15m30.918273s
// 1ms: 1h15m30.918s 1h15m30.918s | -1h15m30.918s -1h15m30.918s
// 1s: 1h15m31s 1h15m30s | -1h15m31s -1h15m30s
// 2s: 1h15m30s 1h15m30s | -1h15m30s -1h15m30s
// 1m0s: 1h16m0s 1h15m0s | -1h16m0s -1h15m0s
// 15m0s: 1h15m0s 1h15m0s | -1h15m0s -1h15m0s
// 1h0m0s: 1h0m0s 1h0m0s | -1h0m0s -1h0m0s
// 0s: 1h15m30.918273645s 1h15m30.918273645s | -1h15m30.918273645s -1h15m30.918273645s
// -1s: 1h15m30.918273645s 1h15m30.918273645s | -1h15m30.918273645s -1h15m30.918273645s
// 2s 3s
// -2s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
