package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	var k interface{} = []int{1, 2}
	m[k] = 3
	fmt.Println("unreachable")
}

// Output:
// 2
// Panic: runtime error: hash of unhashable type []int
