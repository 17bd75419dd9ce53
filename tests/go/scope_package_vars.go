package main

import "fmt"

var counter int

var (
	name    = "govm"
	version = 1
	tags    []string
	lookup  = map[string]int{"a": 1}
)

const greeting = "hi"

func bump() int {
	counter++
	return counter
}

func main() {
	bump()
	bump()
	fmt.Println(counter, name, version, tags == nil, lookup["a"])
	tags = append(tags, "x")
	lookup["b"] = 2
	version += 10
	fmt.Println(tags, len(lookup), version, greeting)
	_, _ = bump(), bump()
	fmt.Println(counter)
}

// Output:
// 2 govm 1 true 1
// [x] 2 11 hi
// 4
