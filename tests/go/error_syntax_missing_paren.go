package main

import "fmt"

func main() {
	fmt.Println("a", "b"
	fmt.Println("c")
}

// Errors:
// error_syntax_missing_paren.go:6:22: syntax error: unexpected newline in argument list; possibly missing comma or )
