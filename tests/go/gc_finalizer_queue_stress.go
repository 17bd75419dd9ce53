// Finalizers that allocate while collections run: the finalizer goroutine
// takes each object off the queue (a root) onto its stack, which the
// collector may have scanned already this cycle, so the object and what it
// refers to must be shaded on the way. With GODEBUG=gccheckmark=1 a lost
// object aborts; otherwise a finalizer would read freed memory.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type child struct {
	vals []int
	name string
}

type obj struct {
	id int
	c  *child
}

var done = make(chan int, 4096)

func make1(i int) {
	o := &obj{id: i, c: &child{vals: []int{i, i * 2, i * 3}, name: strings.Repeat("x", i%7+1)}}
	runtime.SetFinalizer(o, func(o *obj) {
		// allocate while holding o: collections run while finalizers do
		s := make([]int, 0, 4)
		for k := 0; k < 3; k++ {
			s = append(s, o.c.vals[k])
		}
		junk := fmt.Sprint(o.id, o.c.name)
		ok := s[0] == o.id && s[1] == o.id*2 && s[2] == o.id*3 && len(junk) > 0
		if !ok {
			done <- -1
			return
		}
		done <- o.id
	})
}

func main() {
	const n = 600
	for i := 0; i < n; i++ {
		make1(i)
	}
	got := 0
	bad := 0
	for got < n {
		runtime.GC()
		for {
			select {
			case v := <-done:
				got++
				if v < 0 {
					bad++
				}
				continue
			default:
			}
			break
		}
		_ = make([]byte, 1000)
	}
	fmt.Println(got, bad)
}

// Output:
// 600 0
