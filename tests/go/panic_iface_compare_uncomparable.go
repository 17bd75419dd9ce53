package main

import "fmt"

func main() {
	var a interface{} = []int{1, 2}
	var b interface{} = "x"
	fmt.Println(a == b)
	var c interface{} = []int{1, 2}
	fmt.Println(a == c)
}

// Output:
// false
// Panic: runtime error: comparing uncomparable type []int
