// Fractional seconds in Parse: comma and period separators, 1 to 9 digits
// with .000 and .999 layouts, fractions after seconds without a layout
// element, and Format with both separators.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, v := range []string{"10:20:30.1", "10:20:30,123", "10:20:30.123456789", "10:20:30", "10:20:30.000000001"} {
		t, err := time.Parse("15:04:05.999999999", v)
		fmt.Println(v, t.Nanosecond(), err)
	}
	for _, v := range []string{"10:20:30.500", "10:20:30,250"} {
		t, err := time.Parse("15:04:05.000", v)
		fmt.Println(v, t.Nanosecond(), err)
	}
	t, err := time.Parse("15:04:05", "10:20:30.75")
	fmt.Println(t.Nanosecond(), err)
	t, err = time.Parse("15:04:05 MST", "10:20:30.25 UTC")
	fmt.Println(t.Nanosecond(), err)
	u := time.Date(2024, 1, 1, 1, 2, 3, 450000000, time.UTC)
	fmt.Println(u.Format("05.000 05,000 05.999 05,999 05.9"))
}

// Output:
// 10:20:30.1 100000000 <nil>
// 10:20:30,123 123000000 <nil>
// 10:20:30.123456789 123456789 <nil>
// 10:20:30 0 <nil>
// 10:20:30.000000001 1 <nil>
// 10:20:30.500 500000000 <nil>
// 10:20:30,250 250000000 <nil>
// 750000000 <nil>
// 250000000 <nil>
// 03.450 03,450 03.45 03,45 03.4
