package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// sync.Map: concurrent Store/Load/LoadOrStore/LoadAndDelete/Delete, Range
// over the result, keys of mixed types, and Range's documented behaviour
// when f changes the map.

func dump(m *sync.Map) string {
	var parts []string
	m.Range(func(k, v any) bool {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func values(m *sync.Map) []int {
	var vs []int
	m.Range(func(_, v any) bool {
		vs = append(vs, v.(int))
		return true
	})
	sort.Ints(vs)
	return vs
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				k := (g*40 + i) % 100
				m.Store(k, k*k)
				if v, ok := m.Load(k); !ok || v.(int) != k*k {
					fmt.Println("bad load", k, v, ok)
				}
			}
		}(g)
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println("entries:", n, "sum of squares:", sum)

	// LoadOrStore: exactly one goroutine stores each key
	var stores [10]int32
	var mu sync.Mutex
	for g := 0; g < 30; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				key := "key" + strconv.Itoa(k)
				if _, loaded := m.LoadOrStore(key, g); !loaded {
					mu.Lock()
					stores[k]++
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("stores per key:", stores)

	// LoadAndDelete: exactly one goroutine gets each value
	var got [100]int32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				if v, ok := m.LoadAndDelete(k); ok && v.(int) == k*k {
					mu.Lock()
					got[k]++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	bad := 0
	for _, c := range got {
		if c != 1 {
			bad++
		}
	}
	fmt.Println("deleted once each:", bad == 0)
	for k := 0; k < 10; k++ {
		m.Delete("key" + strconv.Itoa(k))
	}
	m.Delete("missing")
	v, ok := m.Load(3)
	fmt.Println("after deletes:", v, ok, "["+dump(&m)+"]")

	// mixed key types; equal keys of different types are different keys
	m.Store(1, "int one")
	m.Store(int64(1), "int64 one")
	m.Store("1", "string one")
	m.Store([2]int{1, 2}, "array")
	m.Store(struct{ a, b string }{"x", "y"}, "struct")
	m.Store(nil, "nil key")
	var p *int
	m.Store(p, "nil pointer")
	fmt.Println(dump(&m))
	v, ok = m.Load(int64(1))
	fmt.Println(v, ok)
	v, ok = m.Load(nil)
	fmt.Println(v, ok)
	v, ok = m.Load(int8(1))
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("1", "other")
	fmt.Println(actual, loaded)
	m.Store("nilvalue", nil)
	v, ok = m.Load("nilvalue")
	fmt.Println(v, ok)

	// Range stops when f returns false
	var r sync.Map
	for i := 0; i < 10; i++ {
		r.Store(i, i)
	}
	visits := 0
	r.Range(func(k, v any) bool {
		visits++
		return visits < 4
	})
	fmt.Println("visits before stop:", visits)

	// keys stored by f during Range are not visited; f may call any method
	visits = 0
	r.Range(func(k, v any) bool {
		visits++
		r.Store(k.(int)+100, v)
		r.Load(k)
		return true
	})
	fmt.Println("visits while adding:", visits, "size now:", len(strings.Fields(dump(&r))))

	// keys deleted by f before their turn are skipped
	visits = 0
	r.Range(func(k, v any) bool {
		visits++
		r.Range(func(k2, _ any) bool {
			if k2 != k {
				r.Delete(k2)
			}
			return true
		})
		return true
	})
	fmt.Println("visits while deleting:", visits, "left:", len(strings.Fields(dump(&r))))

	// a key deleted and stored again during Range is seen with its new value
	var s sync.Map
	for _, k := range []string{"a", "b", "c", "d"} {
		s.Store(k, 7)
	}
	var seen []int
	s.Range(func(k, v any) bool {
		seen = append(seen, v.(int))
		if len(seen) == 1 {
			for _, k2 := range []string{"a", "b", "c", "d"} {
				if k2 != k {
					s.Delete(k2)
					s.Store(k2, 0)
				}
			}
		}
		return true
	})
	sort.Ints(seen)
	fmt.Println("seen:", seen, "values now:", values(&s))

	// unhashable keys panic, and the map stays usable
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Store([]int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Load(map[int]int{})
	}()
	s.Store("e", 5)
	fmt.Println(values(&s))
}

// Output:
// entries: 100 sum of squares: 328350
// stores per key: [1 1 1 1 1 1 1 1 1 1]
// deleted once each: true
// after deletes: <nil> false []
// 1=int one 1=int64 one 1=string one <nil>=nil key <nil>=nil pointer [1 2]=array {x y}=struct
// int64 one true
// nil key true
// <nil> false
// string one true
// <nil> true
// visits before stop: 4
// visits while adding: 10 size now: 20
// visits while deleting: 1 left: 1
// seen: [0 0 0 7] values now: [0 0 0 7]
// recovered: runtime error: hash of unhashable type []int
// recovered: runtime error: hash of unhashable type map[int]int
// [0 0 0 5 7]
