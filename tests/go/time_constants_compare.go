// Go 1.20 additions: the DateTime, DateOnly and TimeOnly layouts and
// Time.Compare; derived from the documentation (Go 1.19 lacks them).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 2, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t.Format(time.DateTime), "|", t.Format(time.DateOnly), "|", t.Format(time.TimeOnly))
	p, err := time.Parse(time.DateTime, "2023-12-31 23:59:59")
	fmt.Println(p, err)
	d, _ := time.Parse(time.DateOnly, "2024-03-01")
	fmt.Println(t.Compare(d), d.Compare(t), t.Compare(t.In(time.FixedZone("X", 3600))))
}

// Output:
// 2024-02-29 13:04:05 | 2024-02-29 | 13:04:05
// 2023-12-31 23:59:59 +0000 UTC <nil>
// -1 1 0
