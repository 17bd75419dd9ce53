package main

import "fmt"

func main() {
	var x interface{}
	fmt.Println(x == nil)
	s := x.(string)
	fmt.Println(s)
}

// Output:
// true
// Panic: interface conversion: interface {} is nil, not string
