package main

import "fmt"

func describe(xs ...any) {
	for _, x := range xs {
		fmt.Printf(" %v(%T)", x, x)
	}
	fmt.Println()
}

func main() {
	var a any = 5
	var b interface{} = a
	fmt.Println(a == b)
	describe(1, "s", 2.5, nil, []any{1, "x"}, map[string]any{"k": true})
	m := map[string]any{"n": 1, "s": "two", "l": []int{3}}
	fmt.Println(m)
	n := m["n"].(int) + 10
	fmt.Println(n)
	var list []any
	list = append(list, 1, "a", nil)
	fmt.Println(len(list), list)
	fmt.Printf("%T\n", list)
}

// Output:
// true
//  1(int) s(string) 2.5(float64) <nil>(<nil>) [1 x]([]interface {}) map[k:true](map[string]interface {})
// map[l:[3] n:1 s:two]
// 11
// 3 [1 a <nil>]
// []interface {}
