package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer fmt.Println("inner deferred")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			fmt.Println("recover returns", recover())
		}()
		inner()
		fmt.Println("not reached either")
	}()
	<-done
	fmt.Println("main continues")
}

// Output:
// inner deferred
// recover returns <nil>
// main continues
