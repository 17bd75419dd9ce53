package main

import "fmt"

func f(a int, b string) int { return a + len(b) }

func main() {
	fmt.Println(f(1))
}

// Errors:
// error_not_enough_args.go:8:16: not enough arguments in call to f
// 	have (number)
// 	want (int, string)
