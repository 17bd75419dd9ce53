// Formatting times and parsing the result back gives the same instant for
// layouts that keep all the information; layouts that drop fields give
// the documented defaults.
package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{time.UTC, time.FixedZone("", 3600*5+1800), time.FixedZone("", -8*3600)}
	times := []time.Time{}
	for i, z := range zones {
		times = append(times, time.Date(1999+i*13, time.Month(3+i*4), 7+i*9, 6+i*7, 5+i*11, 4+i*20, (i+1)*123456789, z))
	}
	for _, t := range times {
		for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, "2006-01-02 15:04:05.000000000 -07:00"} {
			s := t.Format(l)
			p, err := time.Parse(l, s)
			fmt.Printf("%-40s %v %v\n", s, err, p.Equal(t))
		}
	}
	p, _ := time.Parse(time.Kitchen, times[0].Format(time.Kitchen))
	fmt.Println(p)
	p, _ = time.Parse("Jan 2", times[1].Format("Jan 2"))
	fmt.Println(p)
	p, _ = time.Parse(time.RFC3339, times[0].Truncate(time.Second).Format(time.RFC3339))
	fmt.Println(p.Equal(times[0].Truncate(time.Second)))
}

// Output:
// 1999-03-07T06:05:04.123456789Z           <nil> true
// Sun, 07 Mar 1999 06:05:04 +0000          <nil> false
// Sun Mar 07 06:05:04 +0000 1999           <nil> false
// 1999-03-07 06:05:04.123456789 +00:00     <nil> true
// 2012-07-16T13:16:24.246913578+05:30      <nil> true
// Mon, 16 Jul 2012 13:16:24 +0530          <nil> false
// Mon Jul 16 13:16:24 +0530 2012           <nil> false
// 2012-07-16 13:16:24.246913578 +05:30     <nil> true
// 2025-11-25T20:27:44.370370367-08:00      <nil> true
// Tue, 25 Nov 2025 20:27:44 -0800          <nil> false
// Tue Nov 25 20:27:44 -0800 2025           <nil> false
// 2025-11-25 20:27:44.370370367 -08:00     <nil> true
// 0000-01-01 06:05:00 +0000 UTC
// 0000-07-16 00:00:00 +0000 UTC
// true
