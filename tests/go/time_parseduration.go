// time.ParseDuration: units, fractions, signs, combinations, and the
// error messages for malformed and overflowing input.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1µs", "1μs", ".5s", "5.s", "+10s", "0", "-0",
		"1.0000000001s", "0.000000001s", "9223372036854775807ns", "2562047h47m16.854775807s", "-2562047h47m16.854775808s",
		"", "1", "s", "-", "1x", "1s2", "9223372036854775808ns", "3000000h", ".s", "1..5s", "1h 2m", "\xff1s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %d %v\n", s, d, int64(d), err)
	}
}

// Output:
// "300ms": 300ms 300000000 <nil>
// "-1.5h": -1h30m0s -5400000000000 <nil>
// "2h45m": 2h45m0s 9900000000000 <nil>
// "1h2m3s4ms5us6ns": 1h2m3.004005006s 3723004005006 <nil>
// "1µs": 1µs 1000 <nil>
// "1μs": 1µs 1000 <nil>
// ".5s": 500ms 500000000 <nil>
// "5.s": 5s 5000000000 <nil>
// "+10s": 10s 10000000000 <nil>
// "0": 0s 0 <nil>
// "-0": 0s 0 <nil>
// "1.0000000001s": 1s 1000000000 <nil>
// "0.000000001s": 1ns 1 <nil>
// "9223372036854775807ns": 2562047h47m16.854775807s 9223372036854775807 <nil>
// "2562047h47m16.854775807s": 2562047h47m16.854775807s 9223372036854775807 <nil>
// "-2562047h47m16.854775808s": -2562047h47m16.854775808s -9223372036854775808 <nil>
// "": 0s 0 time: invalid duration ""
// "1": 0s 0 time: missing unit in duration "1"
// "s": 0s 0 time: invalid duration "s"
// "-": 0s 0 time: invalid duration "-"
// "1x": 0s 0 time: unknown unit "x" in duration "1x"
// "1s2": 0s 0 time: missing unit in duration "1s2"
// "9223372036854775808ns": 0s 0 time: invalid duration "9223372036854775808ns"
// "3000000h": 0s 0 time: invalid duration "3000000h"
// ".s": 0s 0 time: invalid duration ".s"
// "1..5s": 0s 0 time: missing unit in duration "1..5s"
// "1h 2m": 0s 0 time: unknown unit "h " in duration "1h 2m"
// "\xff1s": 0s 0 time: invalid duration "\xff1s"
