package main

import (
	"fmt"
	"strconv"
	"sync"
)

// Goroutines build, mutate and drop linked structures (lists, trees, maps
// of slices, strings, interfaces, closures, channels of pointers) while
// others allocate garbage; every structure's checksum is verified after
// every change, so an object freed while still reachable shows up as a
// wrong sum.
type node struct {
	val   int
	name  string
	next  *node
	kids  []*node
	attrs map[string]any
	fn    func() int
}

func newNode(v int) *node {
	n := &node{val: v, name: strconv.Itoa(v), attrs: map[string]any{}}
	n.attrs["v"] = v
	n.attrs["s"] = n.name
	n.fn = func() int { return n.val }
	return n
}

func (n *node) check() int {
	s := 0
	for p := n; p != nil; p = p.next {
		if p.fn() != p.val || p.attrs["v"].(int) != p.val || p.attrs["s"].(string) != p.name {
			panic("corrupted node " + p.name)
		}
		if q, _ := strconv.Atoi(p.name); q != p.val {
			panic("corrupted name " + p.name)
		}
		s += p.val
		for _, k := range p.kids {
			s += k.check()
		}
	}
	return s
}

func worker(id int, rounds int, results chan<- int) {
	var head *node
	want := 0
	out := make(chan *node, 4)
	for r := 0; r < rounds; r++ {
		n := newNode(id*1000000 + r)
		for k := 0; k < r%4; k++ {
			c := newNode(k)
			n.kids = append(n.kids, c)
			want += k
		}
		n.next = head
		head = n
		want += n.val
		// send some nodes through a channel and back
		out <- newNode(r)
		back := <-out
		if back.check() != r {
			panic("channel node corrupted")
		}
		// drop the older half of the list now and then
		if r%16 == 15 {
			p := head
			for i := 0; i < 8 && p != nil; i++ {
				p = p.next
			}
			if p != nil {
				for q := p.next; q != nil; q = q.next {
					want -= q.val
					for _, k := range q.kids {
						want -= k.check()
					}
				}
				p.next = nil
			}
		}
		// garbage
		_ = fmt.Sprint(r, "garbage", []int{r, r})
		if got := head.check(); got != want {
			panic(fmt.Sprint("checksum ", got, " want ", want))
		}
	}
	results <- head.check()
}

func main() {
	const workers, rounds = 6, 5000
	results := make(chan int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			worker(w, rounds, results)
		}(w)
	}
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("workers done:", n)
}

// GCStress: 101
// Output:
// workers done: 6
