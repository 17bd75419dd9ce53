package main

import "fmt"

func main() {
	var a [5]int
	hi := 6
	fmt.Println(len(a[:3]))
	fmt.Println(a[1:hi])
}

// Output:
// 3
// Panic: runtime error: slice bounds out of range [:6] with length 5
