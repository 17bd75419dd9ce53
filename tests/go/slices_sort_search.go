// slices.Sort, SortFunc, IsSorted, BinarySearch and BinarySearchFunc (Go
// 1.21), after the examples of Go's documentation.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type person struct {
	Name string
	Age  int
}

func main() {
	small := []int8{0, 42, -10, 8}
	slices.Sort(small)
	fmt.Println(small)

	names := []string{"Alice", "Bob", "Vera"}
	n, found := slices.BinarySearch(names, "Vera")
	fmt.Println("Vera:", n, found)
	n, found = slices.BinarySearch(names, "Bill")
	fmt.Println("Bill:", n, found)

	people := []person{{"Alice", 55}, {"Bob", 24}, {"Gopher", 13}}
	n, found = slices.BinarySearchFunc(people, person{"Bob", 0}, func(a, b person) int {
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println("Bob:", n, found)

	ci := []string{"Bob", "alice", "VERA"}
	slices.SortFunc(ci, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(ci)

	multi := []person{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Alice", 20}}
	slices.SortFunc(multi, func(a, b person) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(multi)

	fmt.Println(slices.IsSorted([]string{"Alice", "Bob", "Vera"}), slices.IsSorted([]int{0, 2, 1}))
	fmt.Println(slices.IsSortedFunc([]string{"alice", "Bob", "VERA"}, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	}))
	empty := []float64{}
	slices.Sort(empty)
	i, ok := slices.BinarySearch(empty, 1)
	fmt.Println(empty, i, ok)
}

// Output:
// [-10 0 8 42]
// Vera: 2 true
// Bill: 1 false
// Bob: 1 true
// [alice Bob VERA]
// [{Alice 20} {Alice 55} {Bob 24} {Gopher 13}]
// true false
// true
// [] 0 false
