package main

import "fmt"

func main() {
	defer fmt.Println("deferred print still runs")
	defer func() {
		fmt.Println("in defer, not recovering")
	}()
	var m map[int]int
	m[1]++
}

// Output:
// in defer, not recovering
// deferred print still runs
// Panic: assignment to entry in nil map
