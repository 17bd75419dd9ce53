package main

import "fmt"

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("code ", e.code) }

func work(done chan bool) {
	defer fmt.Println("deferred in goroutine")
	var m map[string]int
	m["x"] = 1
	done <- true
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			done <- true
		}()
		panic(myErr{7})
	}()
	<-done
	go work(done)
	<-done
	fmt.Println("not reached")
}

// Output:
// recovered: code 7
// deferred in goroutine
// Panic: assignment to entry in nil map
