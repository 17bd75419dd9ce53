package main

import (
	"fmt"
	"os"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args))
	for i, a := range args {
		fmt.Printf("%d=%q\n", i, a)
	}
	fmt.Println(len(os.Args) > 0)
}

// Args: alpha beta 42 -x

// Output:
// 4
// 0="alpha"
// 1="beta"
// 2="42"
// 3="-x"
// true
