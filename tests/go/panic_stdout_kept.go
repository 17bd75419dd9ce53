package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 1; i <= 3; i++ {
		fmt.Printf("line %d\n", i)
	}
	fmt.Fprintln(os.Stdout, "via Fprintln")
	fmt.Print("no newline yet")
	fmt.Println()
	var arr []int
	_ = arr[0]
}

// Output:
// line 1
// line 2
// line 3
// via Fprintln
// no newline yet
// Panic: runtime error: index out of range [0] with length 0
