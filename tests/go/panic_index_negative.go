package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	i := 3
	fmt.Println(arr[i])
	i -= 4
	fmt.Println(arr[i])
}

// Output:
// d
// Panic: runtime error: index out of range [-1]
