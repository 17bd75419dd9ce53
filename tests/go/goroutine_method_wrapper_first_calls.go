// Method tables list a (*T).M wrapper for every value method of a type
// converted to an interface; govm generates each wrapper on its first
// call. Many goroutines making that first call at once, through
// interfaces holding pointers, must all get the method's result.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return fmt.Sprintf("rect %dx%d", r.W, r.H) }

type Square struct{ S int }

func (s Square) Area() int    { return s.S * s.S }
func (s Square) Name() string { return fmt.Sprint("square ", s.S) }

func main() {
	shapes := []Shape{&Rect{2, 3}, &Square{4}, Rect{5, 6}, &Rect{7, 1}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			s := shapes[g%len(shapes)]
			line := fmt.Sprintf("%s: %d", s.Name(), s.Area())
			mu.Lock()
			got = append(got, line)
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	sort.Strings(got)
	for _, l := range got {
		fmt.Println(l)
	}
	var st fmt.Stringer = &T{3}
	fmt.Println(st.String())
}

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

// Output:
// rect 2x3: 6
// rect 2x3: 6
// rect 5x6: 30
// rect 5x6: 30
// rect 7x1: 7
// rect 7x1: 7
// square 4: 16
// square 4: 16
// T3
