package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i <= len(s); i++ {
		fmt.Println(i, s[i])
	}
}

// Output:
// 0 104
// 1 195
// 2 169
// 3 108
// 4 108
// 5 111
// Panic: runtime error: index out of range [6] with length 6
