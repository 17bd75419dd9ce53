package main

import "fmt"

func f() {
	defer fmt.Println("f: first deferred (runs last)")
	defer fmt.Println("f: second deferred")
	defer fmt.Println("f: third deferred (runs first)")
	fmt.Println("f body")
}

func main() {
	defer fmt.Println("main deferred")
	f()
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Println("main body")
}

// Output:
// f body
// f: third deferred (runs first)
// f: second deferred
// f: first deferred (runs last)
// main body
// 3 2 1 0 main deferred
