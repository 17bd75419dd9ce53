// Goroutines on several threads meet method tables no conversion built
// before, all at once: type assertions to interfaces, type switches and
// reflection build each table once (under the type lock) and every
// goroutine sees it whole.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"sync"
)

type a struct{ n int }
type b struct{ n int }
type c struct{ n int }
type d struct {
	a
	*b
}

func (x a) Get() int       { return x.n }
func (x a) Name() string   { return "a" }
func (x *b) Set(v int)     { x.n = v }
func (x *b) Name2() string { return "b" }
func (x c) Get() int       { return -x.n }
func (x c) String() string { return fmt.Sprint("c", x.n) }

type getter interface{ Get() int }
type namer interface{ Name() string }
type setter interface{ Set(int) }

func classify(x any) string {
	s := ""
	if g, ok := x.(getter); ok {
		s += fmt.Sprint("get", g.Get(), " ")
	}
	if n, ok := x.(namer); ok {
		s += "name" + n.Name() + " "
	}
	if st, ok := x.(setter); ok {
		st.Set(5)
		s += "set "
	}
	switch v := x.(type) {
	case fmt.Stringer:
		s += "str" + v.String()
	default:
		s += "-"
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(2)
	values := func(i int) []any {
		return []any{a{i}, &a{i}, b{i}, &b{i}, c{i}, &c{i}, d{a{i}, &b{i}}, &d{a{i}, &b{i}}}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]int{}
	start := make(chan struct{})
	for gi := 0; gi < 16; gi++ {
		wg.Add(1)
		go func(gi int) {
			defer wg.Done()
			<-start
			for round := 0; round < 50; round++ {
				for _, v := range values(1) {
					s := classify(v)
					n := reflect.TypeOf(v).NumMethod()
					mu.Lock()
					seen[fmt.Sprintf("%T: %s (%d methods)", v, s, n)]++
					mu.Unlock()
				}
			}
		}(gi)
	}
	close(start)
	wg.Wait()
	var keys []string
	for k, n := range seen {
		keys = append(keys, fmt.Sprintf("%s x%d", k, n))
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k)
	}
}

// Output:
// *main.a: get1 namea - (2 methods) x800
// *main.b: set - (2 methods) x800
// *main.c: get-1 strc1 (2 methods) x800
// *main.d: get1 namea set - (4 methods) x800
// main.a: get1 namea - (2 methods) x800
// main.b: - (0 methods) x800
// main.c: get-1 strc1 (2 methods) x800
// main.d: get1 namea set - (4 methods) x800
