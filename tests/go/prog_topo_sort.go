// Build order of packages: topological sort with Kahn's algorithm (a
// sorted ready set for a deterministic order) and cycle detection.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func topo(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for pkg, ds := range deps {
		if _, ok := indeg[pkg]; !ok {
			indeg[pkg] = 0
		}
		for _, d := range ds {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[pkg]++
			users[d] = append(users[d], pkg)
		}
	}
	var ready []string
	for p, n := range indeg {
		if n == 0 {
			ready = append(ready, p)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		p := ready[0]
		ready = ready[1:]
		order = append(order, p)
		for _, u := range users[p] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(indeg) {
		var stuck []string
		for p, n := range indeg {
			if n > 0 {
				stuck = append(stuck, p)
			}
		}
		sort.Strings(stuck)
		return order, fmt.Errorf("cycle among %s", strings.Join(stuck, ", "))
	}
	return order, nil
}

func main() {
	deps := map[string][]string{
		"main":    {"fmt", "os", "app"},
		"app":     {"strings", "sort", "fmt", "db"},
		"db":      {"io", "errors", "sync"},
		"fmt":     {"io", "os", "strconv", "unicode/utf8"},
		"os":      {"io", "errors", "syscall"},
		"strings": {"unicode/utf8", "io"},
		"sort":    {},
		"io":      {"errors", "sync"},
	}
	order, err := topo(deps)
	fmt.Println(strings.Join(order, " "), err)
	deps["errors"] = []string{"db"}
	order, err = topo(deps)
	fmt.Println(len(order), err)
}

// Output:
// errors sort strconv sync io db syscall os unicode/utf8 fmt strings app main <nil>
// 5 cycle among app, db, errors, fmt, io, main, os, strings
