package main

import (
	"fmt"
	"sync"
)

// WaitGroup fan-out/fan-in: workers fill their own slots, nested groups,
// Add with a count larger than one, several goroutines waiting on the same
// group, and reuse of a WaitGroup after Wait returned.

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	results := make([]int, 200)
	var wg sync.WaitGroup
	wg.Add(len(results))
	for i := range results {
		go func(i int) {
			defer wg.Done()
			results[i] = collatz(i + 1)
		}(i)
	}
	wg.Wait()
	best, arg := 0, 0
	sum := 0
	for i, r := range results {
		sum += r
		if r > best {
			best, arg = r, i+1
		}
	}
	fmt.Println("sum:", sum, "longest:", arg, best)

	// nested: each group leader starts its own workers
	var outer sync.WaitGroup
	totals := make([]int, 10)
	for g := 0; g < 10; g++ {
		outer.Add(1)
		go func(g int) {
			defer outer.Done()
			var inner sync.WaitGroup
			part := make([]int, 10)
			for k := 0; k < 10; k++ {
				inner.Add(1)
				go func(k int) {
					defer inner.Done()
					part[k] = g*10 + k
				}(k)
			}
			inner.Wait()
			for _, v := range part {
				totals[g] += v
			}
		}(g)
	}
	outer.Wait()
	fmt.Println(totals)

	// many waiters on one group
	var gate, waiters sync.WaitGroup
	gate.Add(1)
	released := make(chan int, 8)
	for w := 0; w < 8; w++ {
		waiters.Add(1)
		go func(w int) {
			defer waiters.Done()
			gate.Wait()
			released <- w
		}(w)
	}
	gate.Done()
	waiters.Wait()
	close(released)
	n := 0
	for range released {
		n++
	}
	fmt.Println("released:", n)

	// reuse after Wait returned; Wait on a zero counter returns at once
	for round := 1; round <= 3; round++ {
		count := 0
		var mu sync.Mutex
		for i := 0; i < round*5; i++ {
			wg.Add(1)
			go func() {
				mu.Lock()
				count++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "count", count)
	}
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("done")
}

// Output:
// sum: 8418 longest: 171 124
// [45 145 245 345 445 545 645 745 845 945]
// released: 8
// round 1 count 5
// round 2 count 10
// round 3 count 15
// done
