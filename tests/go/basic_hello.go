package main

import "fmt"

func main() {
	fmt.Println("Hello, World!")
	fmt.Println("second line", 42, true)
}

// Output:
// Hello, World!
// second line 42 true
