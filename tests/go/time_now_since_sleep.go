// time.Now, Since, Until and Sleep: only relations are printed (the clock
// is real); Now carries a monotonic reading that Round(0) strips.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 20*time.Millisecond, elapsed < 5*time.Second)
	later := start.Add(time.Hour)
	fmt.Println(time.Until(later) > 59*time.Minute, later.After(time.Now()))
	fmt.Println(strings.Contains(start.String(), " m=+"), strings.Contains(start.Round(0).String(), "m="))
	fmt.Println(start.Year() >= 2024, start.Location())
	time.Sleep(0)
	time.Sleep(-time.Second)
	a := time.Now()
	b := time.Now()
	fmt.Println(!b.Before(a), b.Sub(a) >= 0)
}

// Output:
// true true
// true true
// true false
// true Local
// true true
