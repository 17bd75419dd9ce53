package main

import "fmt"

func main() {
	fmt.Println("x")
	break
	if true {
		continue
	}
}

// Errors:
// error_break_outside_loop.go:7:2: break is not in a loop, switch, or select
// error_break_outside_loop.go:9:3: continue is not in a loop
