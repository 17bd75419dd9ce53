// A CPU scheduler simulation with container/heap: jobs arrive over time,
// the ready queue is ordered by priority then arrival, a running job is
// preempted after a time slice; prints the timeline and waiting times.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type job struct {
	name      string
	arrive    int
	burst     int
	priority  int
	remaining int
	finished  int
	seq       int
}

type readyQueue []*job

func (q readyQueue) Len() int { return len(q) }
func (q readyQueue) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority < q[j].priority
	}
	return q[i].seq < q[j].seq
}
func (q readyQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *readyQueue) Push(x any)   { *q = append(*q, x.(*job)) }
func (q *readyQueue) Pop() any {
	old := *q
	j := old[len(old)-1]
	*q = old[:len(old)-1]
	return j
}

func main() {
	jobs := []*job{
		{name: "A", arrive: 0, burst: 5, priority: 2}, {name: "B", arrive: 1, burst: 3, priority: 1},
		{name: "C", arrive: 2, burst: 8, priority: 3}, {name: "D", arrive: 3, burst: 2, priority: 1},
		{name: "E", arrive: 9, burst: 4, priority: 2}, {name: "F", arrive: 10, burst: 1, priority: 0},
	}
	for _, j := range jobs {
		j.remaining = j.burst
	}
	const slice = 2
	q := &readyQueue{}
	next, seq, t := 0, 0, 0
	var timeline strings.Builder
	admit := func(now int) {
		for next < len(jobs) && jobs[next].arrive <= now {
			seq++
			jobs[next].seq = seq
			heap.Push(q, jobs[next])
			next++
		}
	}
	for done := 0; done < len(jobs); {
		admit(t)
		if q.Len() == 0 {
			timeline.WriteByte('.')
			t++
			continue
		}
		j := heap.Pop(q).(*job)
		run := slice
		if j.remaining < run {
			run = j.remaining
		}
		for k := 0; k < run; k++ {
			timeline.WriteString(j.name)
			t++
			admit(t)
		}
		j.remaining -= run
		if j.remaining == 0 {
			j.finished = t
			done++
		} else {
			seq++
			j.seq = seq
			heap.Push(q, j)
		}
	}
	fmt.Println(timeline.String())
	sort.Slice(jobs, func(a, b int) bool { return jobs[a].finished < jobs[b].finished })
	total := 0
	for _, j := range jobs {
		wait := j.finished - j.arrive - j.burst
		total += wait
		fmt.Printf("%s prio=%d arrive=%2d burst=%d finish=%2d wait=%2d\n", j.name, j.priority, j.arrive, j.burst, j.finished, wait)
	}
	fmt.Printf("average wait %.2f\n", float64(total)/float64(len(jobs)))
}

// Output:
// AABBDDBAAEEFAEECCCCCCCC
// D prio=1 arrive= 3 burst=2 finish= 6 wait= 1
// B prio=1 arrive= 1 burst=3 finish= 7 wait= 3
// F prio=0 arrive=10 burst=1 finish=12 wait= 1
// A prio=2 arrive= 0 burst=5 finish=13 wait= 8
// E prio=2 arrive= 9 burst=4 finish=15 wait= 2
// C prio=3 arrive= 2 burst=8 finish=23 wait=13
// average wait 4.67
