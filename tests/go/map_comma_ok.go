package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	if x, found := m["one"]; found {
		fmt.Println("found one:", x)
	}
	if _, found := m["missing"]; !found {
		fmt.Println("missing not found")
	}
	var nm map[string]bool
	b, ok2 := nm["x"]
	fmt.Println(b, ok2)
	type S struct{ A int }
	ms := map[int]S{1: {5}}
	s, ok3 := ms[1]
	fmt.Println(s, ok3)
	s, ok3 = ms[2]
	fmt.Println(s, ok3)
	seen := map[rune]bool{}
	for _, r := range "hello" {
		if seen[r] {
			fmt.Println("dup", string(r))
		}
		seen[r] = true
	}
}

// Output:
// 0 true
// 0 false
// found one: 1
// missing not found
// false false
// {5} true
// {0} false
// dup l
