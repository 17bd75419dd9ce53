package main

import "fmt"

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func loop() int {
	for {
	}
}

func sw(x int) string {
	switch x {
	case 1:
		return "one"
	}
}

func main() {
	fmt.Println(sign(1), loop(), sw(1))
}

// Errors:
// error_missing_return.go:11:1: missing return
// error_missing_return.go:23:1: missing return
