package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	job, square int
}

// worker squares jobs until ctx is canceled or the jobs run out.
func worker(ctx context.Context, id int, jobs <-chan int, results chan<- result, stopped chan<- string) {
	for {
		select {
		case <-ctx.Done():
			stopped <- fmt.Sprintf("worker %d: %v", id, ctx.Err())
			return
		case j, ok := <-jobs:
			if !ok {
				// The generator closes jobs once ctx is canceled.
				if err := ctx.Err(); err != nil {
					stopped <- fmt.Sprintf("worker %d: %v", id, err)
				} else {
					stopped <- fmt.Sprintf("worker %d: no more jobs", id)
				}
				return
			}
			select {
			case results <- result{j, j * j}:
			case <-ctx.Done():
				stopped <- fmt.Sprintf("worker %d: %v", id, ctx.Err())
				return
			}
		}
	}
}

// generate sends 1, 2, 3, ... until ctx is canceled.
func generate(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func run(parent context.Context, nworkers, want int) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	jobs := generate(ctx)
	results := make(chan result)
	stopped := make(chan string, nworkers)
	var wg sync.WaitGroup
	for i := 1; i <= nworkers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(ctx, id, jobs, results, stopped)
		}(i)
	}
	var got []result
	for len(got) < want {
		got = append(got, <-results)
	}
	cancel() // enough: stop everybody
	wg.Wait()
	close(stopped)
	var msgs []string
	for m := range stopped {
		msgs = append(msgs, m)
	}
	sort.Strings(msgs)
	sum := 0
	seen := map[int]bool{}
	for _, r := range got {
		if r.square != r.job*r.job || seen[r.job] {
			fmt.Println("bad result", r)
		}
		seen[r.job] = true
		sum += r.job
	}
	fmt.Printf("%d results from %d workers, all distinct: %v\n", len(got), nworkers, len(seen) == want)
	for _, m := range msgs {
		fmt.Println(" ", m)
	}
}

func main() {
	run(context.Background(), 4, 100)
	run(context.Background(), 1, 5)

	// A pool under a deadline: the workers stop by themselves.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	jobs := make(chan int) // nobody ever sends
	stopped := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		go worker(ctx, i, jobs, nil, stopped)
	}
	var msgs []string
	for i := 0; i < 3; i++ {
		msgs = append(msgs, <-stopped)
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}

	// Jobs running out before cancellation.
	jobs2 := make(chan int, 3)
	jobs2 <- 1
	jobs2 <- 2
	jobs2 <- 3
	close(jobs2)
	results := make(chan result, 3)
	stopped2 := make(chan string, 2)
	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	go worker(ctx2, 1, jobs2, results, stopped2)
	go worker(ctx2, 2, jobs2, results, stopped2)
	msgs = []string{<-stopped2, <-stopped2}
	sort.Strings(msgs)
	close(results)
	total := 0
	for r := range results {
		total += r.square
	}
	fmt.Println(msgs, total, ctx2.Err())
}

// Output:
// 100 results from 4 workers, all distinct: true
//   worker 1: context canceled
//   worker 2: context canceled
//   worker 3: context canceled
//   worker 4: context canceled
// 5 results from 1 workers, all distinct: true
//   worker 1: context canceled
// worker 1: context deadline exceeded
// worker 2: context deadline exceeded
// worker 3: context deadline exceeded
// [worker 1: no more jobs worker 2: no more jobs] 14 <nil>
