package main

import "fmt"

type E struct {
	Code int
	Msg  string
}

func (e E) Error() string { return fmt.Sprintf("E%d: %s", e.Code, e.Msg) }

func main() {
	fmt.Println("start")
	panic(E{404, "not found"})
}

// Output:
// start
// Panic: E404: not found
