package main

import (
	"fmt"
	"sort"
	"sync"
)

// Cond: a bounded queue with producers and consumers using Signal, a
// Broadcast that releases every waiter, and a Cond over an RWMutex's
// read locker.

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := NewQueue(3)
	var prod, cons sync.WaitGroup
	const producers, perProducer, consumers = 4, 250, 5
	for p := 0; p < producers; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < perProducer; i++ {
				q.Put(p*1000 + i)
			}
		}(p)
	}
	sums := make([]int, consumers)
	counts := make([]int, consumers)
	for c := 0; c < consumers; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for {
				v := q.Get()
				if v < 0 {
					return
				}
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	prod.Wait()
	for c := 0; c < consumers; c++ {
		q.Put(-1)
	}
	cons.Wait()
	total, n := 0, 0
	for c := range sums {
		total += sums[c]
		n += counts[c]
	}
	fmt.Println("items:", n, "sum:", total)

	// Broadcast wakes all waiters; Signal with no waiters does nothing.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	started := 0
	go1 := false
	woken := []int{}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			started++
			c.Broadcast() // tells main another waiter has started
			for !go1 {
				c.Wait()
			}
			woken = append(woken, i)
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	for started < 10 {
		c.Wait()
	}
	go1 = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(woken)
	fmt.Println("woken:", woken)

	// Signal wakes one waiter at a time.
	ready := 0
	turn := 0
	served := make([]int, 0, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			ready++
			c.Broadcast()
			for turn == 0 {
				c.Wait()
			}
			turn--
			served = append(served, i)
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	for ready < 4 {
		c.Wait()
	}
	mu.Unlock()
	for k := 0; k < 4; k++ {
		mu.Lock()
		turn++
		c.Signal()
		mu.Unlock()
	}
	wg.Wait()
	fmt.Println("served:", len(served), "turn:", turn)

	// Cond.L may be any Locker, e.g. an RWMutex's read side.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	done := make(chan bool)
	go func() {
		rc.L.Lock()
		for !flag {
			rc.Wait()
		}
		rc.L.Unlock()
		done <- true
	}()
	rw.Lock() // excludes the reader between its check and its Wait
	flag = true
	rw.Unlock()
	rc.Broadcast()
	fmt.Println("rlocker cond:", <-done)
}

// Output:
// items: 1000 sum: 1624500
// woken: [0 1 2 3 4 5 6 7 8 9]
// served: 4 turn: 0
// rlocker cond: true
