// An event timeline: events with start times and durations, sorted,
// overlaps detected, gaps reported with Duration.String, totals by day
// and a textual Gantt chart.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type event struct {
	name  string
	start time.Time
	dur   time.Duration
}

func (e event) end() time.Time { return e.start.Add(e.dur) }

func main() {
	base := time.Date(2024, 6, 3, 8, 0, 0, 0, time.UTC)
	at := func(day, h, m int) time.Time {
		return base.AddDate(0, 0, day).Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	evs := []event{
		{"standup", at(0, 1, 0), 15 * time.Minute},
		{"design review", at(0, 1, 30), 90 * time.Minute},
		{"lunch", at(0, 4, 0), time.Hour},
		{"pairing", at(0, 2, 45), 75 * time.Minute},
		{"retro", at(1, 6, 0), 45 * time.Minute},
		{"deploy", at(1, 0, 30), 2*time.Hour + 30*time.Second},
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].start.Before(evs[j].start) })
	perDay := map[string]time.Duration{}
	for i, e := range evs {
		fmt.Printf("%s-%s %-14s %v\n", e.start.Format("Mon 15:04"), e.end().Format("15:04:05"), e.name, e.dur)
		perDay[e.start.Format("2006-01-02")] += e.dur
		if i > 0 {
			prev := evs[i-1]
			if gap := e.start.Sub(prev.end()); gap < 0 {
				fmt.Printf("  overlaps %q by %v\n", prev.name, -gap)
			} else if prev.start.YearDay() == e.start.YearDay() {
				fmt.Printf("  gap %v\n", gap)
			}
		}
	}
	days := make([]string, 0, len(perDay))
	for d := range perDay {
		days = append(days, d)
	}
	sort.Strings(days)
	for _, d := range days {
		fmt.Println(d, perDay[d], perDay[d].Round(time.Hour), perDay[d].Truncate(time.Hour).Hours())
	}
	for _, e := range evs[:4] {
		offset := int(e.start.Sub(at(0, 1, 0)) / (15 * time.Minute))
		width := int((e.dur + 14*time.Minute) / (15 * time.Minute))
		fmt.Printf("%-14s|%s%s\n", e.name, strings.Repeat(" ", offset), strings.Repeat("=", width))
	}
}

// Output:
// Mon 09:00-09:15:00 standup        15m0s
// Mon 09:30-11:00:00 design review  1h30m0s
//   gap 15m0s
// Mon 10:45-12:00:00 pairing        1h15m0s
//   overlaps "design review" by 15m0s
// Mon 12:00-13:00:00 lunch          1h0m0s
//   gap 0s
// Tue 08:30-10:30:30 deploy         2h0m30s
// Tue 14:00-14:45:00 retro          45m0s
//   gap 3h29m30s
// 2024-06-03 4h0m0s 4h0m0s 4
// 2024-06-04 2h45m30s 3h0m0s 2
// standup       |=
// design review |  ======
// pairing       |       =====
// lunch         |            ====
