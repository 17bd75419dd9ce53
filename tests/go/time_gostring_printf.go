// Times and durations with fmt verbs: %v, %s, %#v (GoString), %d on a
// Duration, and times inside structs.
package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	At   time.Time
	Dur  time.Duration
}

func main() {
	t := time.Date(2023, time.October, 5, 6, 7, 8, 9, time.UTC)
	fmt.Printf("%v\n%s\n%#v\n", t, t, t)
	fmt.Printf("%#v\n", t.In(time.FixedZone("ABC", 60)))
	fmt.Printf("%#v\n", time.Date(2023, 1, 1, 0, 0, 0, 0, time.Local))
	e := event{"launch", t, 90 * time.Second}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Printf("%d %v %#v %x\n", e.Dur, e.Dur, e.Dur, e.Dur)
	fmt.Println([]time.Duration{time.Second, 2 * time.Millisecond})
}

// Output:
// 2023-10-05 06:07:08.000000009 +0000 UTC
// 2023-10-05 06:07:08.000000009 +0000 UTC
// time.Date(2023, time.October, 5, 6, 7, 8, 9, time.UTC)
// time.Date(2023, time.October, 5, 6, 8, 8, 9, time.Location("ABC"))
// time.Date(2023, time.January, 1, 0, 0, 0, 0, time.Local)
// {launch 2023-10-05 06:07:08.000000009 +0000 UTC 1m30s}
// {Name:launch At:2023-10-05 06:07:08.000000009 +0000 UTC Dur:1m30s}
// 90000000000 1m30s 90000000000 316d333073
// [1s 2ms]
