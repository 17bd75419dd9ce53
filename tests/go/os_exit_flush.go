package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("line one")
	fmt.Print("partial line without newline... ")
	fmt.Println("done")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}

// Output:
// line one
// partial line without newline... done
// Stderr:
// to stderr
// Exit: 3
