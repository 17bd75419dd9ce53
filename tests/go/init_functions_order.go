package main

import "fmt"

var state = initState()

func initState() []string {
	fmt.Println("var initializer runs first")
	return []string{"var"}
}

func init() {
	fmt.Println("init 1")
	state = append(state, "init1")
}

func main() {
	fmt.Println("main", state)
}

func init() {
	fmt.Println("init 2")
	state = append(state, "init2")
}

func init() {
	fmt.Println("init 3, len", len(state))
}

// Output:
// var initializer runs first
// init 1
// init 2
// init 3, len 3
// main [var init1 init2]
