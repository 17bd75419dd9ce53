package main

import (
	"fmt"
	"sort"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		v := 0
		for i := 0; i <= j*1000; i++ {
			v += i % 7
		}
		results <- result{j, id, v}
	}
}

func main() {
	const njobs = 50
	jobs := make(chan int, njobs)
	results := make(chan result, njobs)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for j := 0; j < njobs; j++ {
		jobs <- j
	}
	close(jobs)
	var all []result
	for i := 0; i < njobs; i++ {
		all = append(all, <-results)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	total := 0
	workers := map[int]bool{}
	for _, r := range all {
		total += r.value
		workers[r.worker] = true
	}
	fmt.Println(len(all), all[0].job, all[49].job, total, len(workers) >= 1)
}

// Output:
// 50 0 49 3674951 true
