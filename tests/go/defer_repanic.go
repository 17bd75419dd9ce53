package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	fmt.Println("start")
	panic("original")
}

// Output:
// start
// recovered: original
// Panic: original
