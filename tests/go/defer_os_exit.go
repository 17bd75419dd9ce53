package main

import (
	"fmt"
	"os"
)

func work() {
	defer fmt.Println("work deferred: never printed")
	fmt.Println("working")
	os.Exit(3)
}

func main() {
	defer fmt.Println("main deferred: never printed")
	fmt.Println("start")
	work()
	fmt.Println("unreachable")
}

// Output:
// start
// working
// Exit: 3
