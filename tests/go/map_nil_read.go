package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println(k, v)
	}
	fmt.Println(m)
	var mm map[int][]string
	fmt.Println(mm[1] == nil, len(mm[1]))
	m = map[string]int{}
	m["a"] = 1
	fmt.Println(m == nil, m)
}

// Output:
// true 0 0
// 0 false
// map[]
// true 0
// false map[a:1]
