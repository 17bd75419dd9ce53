// Locations: time.UTC, time.Local (UTC in govm; also the zone of this
// test machine), FixedZone names and offsets, LoadLocation for UTC and
// an unknown zone, Zone(), In and UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 1, 15, 10, 30, 0, 0, time.UTC)
	ist := time.FixedZone("IST", 5*3600+30*60)
	neg := time.FixedZone("", -9*3600-30*60)
	for _, loc := range []*time.Location{time.UTC, ist, neg} {
		u := t.In(loc)
		name, off := u.Zone()
		fmt.Println(loc, u, name, off, u.Format(time.RFC3339))
	}
	fmt.Println(time.UTC.String(), ist.String())
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err)
	l, err = time.LoadLocation("")
	fmt.Println(l, err)
	_, err = time.LoadLocation("Nowhere/Special")
	fmt.Println(err)
	fmt.Println(t.In(ist).UTC() == t, t.In(ist).Equal(t))
	fmt.Println(time.Local)
	defer func() { fmt.Println("recovered:", recover()) }()
	t.In(nil)
}

// Output:
// UTC 2024-01-15 10:30:00 +0000 UTC UTC 0 2024-01-15T10:30:00Z
// IST 2024-01-15 16:00:00 +0530 IST IST 19800 2024-01-15T16:00:00+05:30
//  2024-01-15 01:00:00 -0930 -0930  -34200 2024-01-15T01:00:00-09:30
// UTC IST
// UTC <nil>
// UTC <nil>
// unknown time zone Nowhere/Special
// true true
// Local
// recovered: time: missing Location in call to Time.In
