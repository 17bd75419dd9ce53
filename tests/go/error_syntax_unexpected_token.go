package main

import "fmt"

func main() {
	x := 1
	if x == 1 {
		fmt.Println("one")
	}
	else {
		fmt.Println("other")
	}
}

// Errors:
// error_syntax_unexpected_token.go:10:2: syntax error: unexpected else, expected }
