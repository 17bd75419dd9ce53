package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	var r Registry
	fmt.Println("before:", r.items["x"], len(r.items))
	r.items["x"] = 1
	fmt.Println("after")
}

// Output:
// before: 0 0
// Panic: assignment to entry in nil map
