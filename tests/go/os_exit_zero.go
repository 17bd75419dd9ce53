package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("exiting with 0")
	os.Exit(0)
}

// Output:
// exiting with 0
