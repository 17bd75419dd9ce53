package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Once: exactly one of many concurrent callers runs f, and none returns
// before f has finished; a panicking f counts as done; a different f on
// a later call is ignored; Do from inside a different Once's f works.

type Config struct {
	once   sync.Once
	values map[string]string
}

func (c *Config) Get(k string) string {
	c.once.Do(func() {
		c.values = map[string]string{"host": "localhost", "port": "8080"}
	})
	return c.values[k]
}

func main() {
	var once sync.Once
	var calls, sawUnfinished atomic.Int32
	var finished atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls.Add(1)
				for k := 0; k < 1000; k++ {
					_ = k * k
				}
				finished.Store(true)
			})
			if !finished.Load() {
				sawUnfinished.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls.Load(), "returned early:", sawUnfinished.Load())

	once.Do(func() { fmt.Println("never printed") })

	// a panicking f counts as done
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("first call fails") })
	}()
	p.Do(func() { fmt.Println("never printed either") })
	fmt.Println("second Do returned")

	c := &Config{}
	var got [8]string
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				got[i] = c.Get("host")
			} else {
				got[i] = c.Get("port")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(got)

	var a, b sync.Once
	a.Do(func() {
		b.Do(func() { fmt.Println("inner once") })
		fmt.Println("outer once")
	})
	// Once values in an array: each has its own state
	var onces [3]sync.Once
	n := 0
	for round := 0; round < 3; round++ {
		for i := range onces {
			onces[i].Do(func() { n++ })
		}
	}
	fmt.Println("array of Once:", n)
}

// Output:
// calls: 1 returned early: 0
// recovered: first call fails
// second Do returned
// [localhost 8080 localhost 8080 localhost 8080 localhost 8080]
// inner once
// outer once
// array of Once: 3
