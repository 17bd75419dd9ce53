package main

import (
	"fmt"
	"sync"
)

// 1000 goroutines increment shared counters under a Mutex; the result must
// be exact. Also TryLock, the Locker interface and a Mutex embedded in a
// struct.

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	perG := make([]int, 1000)
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				mu.Lock()
				total++
				perG[i]++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	bad := 0
	for _, v := range perG {
		if v != 50 {
			bad++
		}
	}
	fmt.Println("total:", total, "bad:", bad)

	c := Counter{n: map[string]int{}}
	keys := []string{"a", "b", "c"}
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc(keys[i%3])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n)

	// TryLock
	fmt.Println("trylock free:", mu.TryLock())
	fmt.Println("trylock held:", mu.TryLock())
	done := make(chan bool)
	go func() {
		done <- mu.TryLock()
	}()
	fmt.Println("trylock other goroutine:", <-done)
	mu.Unlock()
	fmt.Println("trylock after unlock:", mu.TryLock())
	mu.Unlock()

	// Locker interface; unlocking from another goroutine is allowed.
	var l sync.Locker = &mu
	l.Lock()
	go func() {
		l.Unlock()
		done <- true
	}()
	<-done
	l.Lock()
	fmt.Println("locked again")
	l.Unlock()

	// Lock hand-off through a chain of goroutines.
	mu.Lock()
	order := []int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("appended:", len(order))
}

// Output:
// total: 50000 bad: 0
// map[a:100 b:100 c:100]
// trylock free: true
// trylock held: false
// trylock other goroutine: false
// trylock after unlock: true
// locked again
// appended: 5
