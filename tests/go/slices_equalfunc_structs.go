// slices.EqualFunc and CompareFunc on structs and across element types;
// slices.Equal on comparable structs and arrays.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type user struct {
	name string
	age  int
}

func main() {
	a := []user{{"ann", 30}, {"bob", 25}}
	b := []user{{"ANN", 30}, {"Bob", 25}}
	fmt.Println(slices.Equal(a, b), slices.EqualFunc(a, b, func(x, y user) bool {
		return strings.EqualFold(x.name, y.name) && x.age == y.age
	}))
	names := []string{"ann", "bob"}
	fmt.Println(slices.EqualFunc(a, names, func(u user, n string) bool { return u.name == n }))
	byAge := func(x, y user) int { return cmp.Compare(x.age, y.age) }
	fmt.Println(slices.CompareFunc(a, b, byAge), slices.CompareFunc(a, a[:1], byAge), slices.CompareFunc(a[:1], a, byAge))
	arrs := [][2]int{{1, 2}, {3, 4}}
	fmt.Println(slices.Equal(arrs, [][2]int{{1, 2}, {3, 4}}), slices.Index(arrs, [2]int{3, 4}))
	fmt.Println(slices.EqualFunc([]int{}, []string(nil), func(int, string) bool { return false }))
}

// Output:
// false true
// true
// 0 1 -1
// true 1
// true
