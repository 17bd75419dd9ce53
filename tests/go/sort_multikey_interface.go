// A multi-key sort written as a sort.Interface (by department, then
// salary descending, then name), printed as a table.
package main

import (
	"fmt"
	"sort"
)

type employee struct {
	name   string
	dept   string
	salary int
}

type byDept []employee

func (e byDept) Len() int      { return len(e) }
func (e byDept) Swap(i, j int) { e[i], e[j] = e[j], e[i] }
func (e byDept) Less(i, j int) bool {
	if e[i].dept != e[j].dept {
		return e[i].dept < e[j].dept
	}
	if e[i].salary != e[j].salary {
		return e[i].salary > e[j].salary
	}
	return e[i].name < e[j].name
}

func main() {
	staff := []employee{
		{"Zed", "eng", 120}, {"Amy", "ops", 90}, {"Bo", "eng", 150}, {"Cy", "eng", 120},
		{"Di", "sales", 80}, {"Ed", "ops", 95}, {"Flo", "sales", 80}, {"Gus", "eng", 99},
		{"Hal", "ops", 90}, {"Ivy", "sales", 110}, {"Jo", "eng", 150}, {"Kim", "ops", 60},
		{"Lu", "sales", 80}, {"Mo", "eng", 101},
	}
	sort.Sort(byDept(staff))
	fmt.Printf("%-6s|%-6s|%6s\n", "dept", "name", "salary")
	for _, e := range staff {
		fmt.Printf("%-6s|%-6s|%6d\n", e.dept, e.name, e.salary)
	}
	fmt.Println(sort.IsSorted(byDept(staff)))
}

// Output:
// dept  |name  |salary
// eng   |Bo    |   150
// eng   |Jo    |   150
// eng   |Cy    |   120
// eng   |Zed   |   120
// eng   |Mo    |   101
// eng   |Gus   |    99
// ops   |Ed    |    95
// ops   |Amy   |    90
// ops   |Hal   |    90
// ops   |Kim   |    60
// sales |Ivy   |   110
// sales |Di    |    80
// sales |Flo   |    80
// sales |Lu    |    80
// true
