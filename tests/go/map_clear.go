package main

import "fmt"

// clear is a Go 1.21 builtin: on a map it deletes every entry,
// on a slice it zeroes every element (length unchanged).
func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["d"] = 4
	fmt.Println(alias)
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	clear(s)
	fmt.Println(s, len(s), cap(s))
	var nm map[int]int
	clear(nm)
	fmt.Println(nm == nil, len(nm))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
}

// Output:
// 0 0 map[]
// map[d:4]
// [1 0 0 4] 4
// [0 0 0 0] 4 4
// true 0
// ["" ""]
