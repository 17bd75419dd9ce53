// sort.SliceStable keeps equal elements in their original order; sorting
// by a secondary key first and then stably by the primary key gives a
// two-level order.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
	city string
}

func main() {
	people := []person{
		{"Alice", 30, "Paris"}, {"Bob", 25, "Oslo"}, {"Carol", 30, "Oslo"},
		{"Dave", 25, "Paris"}, {"Eve", 35, "Rome"}, {"Frank", 30, "Rome"},
		{"Grace", 25, "Oslo"}, {"Heidi", 35, "Paris"},
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		fmt.Printf("%-6s %d %s\n", p.name, p.age, p.city)
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].city < people[j].city })
	fmt.Println(people)

	// 100 elements: insertion-sorted blocks of 20 merged.
	xs := make([][2]int, 100)
	for i := range xs {
		xs[i] = [2]int{(i * 37) % 7, i}
	}
	sort.SliceStable(xs, func(i, j int) bool { return xs[i][0] < xs[j][0] })
	ok := true
	for i := 1; i < len(xs); i++ {
		if xs[i-1][0] == xs[i][0] && xs[i-1][1] > xs[i][1] {
			ok = false
		}
	}
	fmt.Println(xs[:10], ok)
}

// Output:
// Grace  25 Oslo
// Dave   25 Paris
// Bob    25 Oslo
// Frank  30 Rome
// Carol  30 Oslo
// Alice  30 Paris
// Heidi  35 Paris
// Eve    35 Rome
// [{Grace 25 Oslo} {Bob 25 Oslo} {Carol 30 Oslo} {Dave 25 Paris} {Alice 30 Paris} {Heidi 35 Paris} {Frank 30 Rome} {Eve 35 Rome}]
// [[0 0] [0 7] [0 14] [0 21] [0 28] [0 35] [0 42] [0 49] [0 56] [0 63]] true
