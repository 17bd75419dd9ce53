package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after", r)
		panic(r)
	}()
	panic("fatal problem")
}

// Output:
// cleanup after fatal problem
// Panic: fatal problem
