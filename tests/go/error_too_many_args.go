package main

import "fmt"

func g(a int) int { return a }

func h() {}

func main() {
	fmt.Println(g(1, 2, 3))
	h(nil)
}

// Errors:
// error_too_many_args.go:10:19: too many arguments in call to g
// 	have (number, number, number)
// 	want (int)
// error_too_many_args.go:11:4: too many arguments in call to h
// 	have (nil)
// 	want ()
