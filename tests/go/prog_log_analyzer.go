// A log analyzer: parses timestamped lines with time.Parse, counts levels,
// measures the time between a request's start and end, and reports
// malformed lines.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"time"
)

const logs = `2024-03-01T10:00:00.000Z INFO  start req=1 path=/home
2024-03-01T10:00:00.250Z INFO  start req=2 path=/api/users
2024-03-01T10:00:01.125Z WARN  slow query req=2 table=users
2024-03-01T10:00:01.500Z INFO  end req=1 status=200
not a log line
2024-03-01T10:00:03.750Z ERROR end req=2 status=500
2024-03-01T10:00:04.000Z INFO  start req=3 path=/health
2024-13-01T10:00:04.100Z INFO  end req=3 status=200
2024-03-01T10:00:04.010Z INFO  end req=3 status=204`

func main() {
	levels := map[string]int{}
	starts := map[string]time.Time{}
	var durations []string
	var first, last time.Time
	sc := bufio.NewScanner(strings.NewReader(logs))
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		if len(fields) < 3 {
			fmt.Printf("line %d: too short\n", n)
			continue
		}
		ts, err := time.Parse(time.RFC3339Nano, fields[0])
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		if first.IsZero() || ts.Before(first) {
			first = ts
		}
		if ts.After(last) {
			last = ts
		}
		levels[fields[1]]++
		req := ""
		for _, f := range fields[2:] {
			if strings.HasPrefix(f, "req=") {
				req = f[4:]
			}
		}
		switch fields[2] {
		case "start":
			starts[req] = ts
		case "end":
			if s, ok := starts[req]; ok {
				durations = append(durations, fmt.Sprintf("req %s took %v (%s)", req, ts.Sub(s), fields[len(fields)-1]))
			}
		}
	}
	var names []string
	for l := range levels {
		names = append(names, l)
	}
	sort.Strings(names)
	for _, l := range names {
		fmt.Printf("%-5s %d\n", l, levels[l])
	}
	for _, d := range durations {
		fmt.Println(d)
	}
	fmt.Println("span", last.Sub(first), first.Format(time.Kitchen), last.Format("15:04:05.000"))
}

// Output:
// line 5: parsing time "not" as "2006-01-02T15:04:05.999999999Z07:00": cannot parse "not" as "2006"
// line 8: parsing time "2024-13-01T10:00:04.100Z": month out of range
// ERROR 1
// INFO  5
// WARN  1
// req 1 took 1.5s (status=200)
// req 2 took 3.5s (status=500)
// req 3 took 10ms (status=204)
// span 4.01s 10:00AM 10:00:04.010
