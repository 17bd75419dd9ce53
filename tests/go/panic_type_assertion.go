package main

import "fmt"

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	n := i.(int)
	fmt.Println(n)
}

// Output:
// hello
// Panic: interface conversion: interface {} is string, not int
