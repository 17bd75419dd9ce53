package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"unsafe"
)

// atomic.Pointer[T]: a lock-free (Treiber) stack pushed and popped by many
// goroutines, Swap/CompareAndSwap on typed pointers, and the untyped
// LoadPointer/StorePointer/SwapPointer/CompareAndSwapPointer.

type node struct {
	val  int
	next *node
}

type Stack struct {
	head atomic.Pointer[node]
}

func (s *Stack) Push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func (s *Stack) Pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			return old.val, true
		}
	}
}

type Settings struct {
	Level int
	Tags  []string
}

func main() {
	var s Stack
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				s.Push(g*50 + i)
			}
		}(g)
	}
	wg.Wait()
	popped := make([][]int, 10)
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for {
				v, ok := s.Pop()
				if !ok {
					return
				}
				popped[g] = append(popped[g], v)
			}
		}(g)
	}
	wg.Wait()
	var all []int
	for _, p := range popped {
		all = append(all, p...)
	}
	sort.Ints(all)
	ok := len(all) == 1000
	for i, v := range all {
		if v != i {
			ok = false
		}
	}
	fmt.Println("popped all 1000 exactly once:", ok)

	var p atomic.Pointer[Settings]
	fmt.Println(p.Load() == nil, p.Load())
	a := &Settings{1, []string{"x"}}
	b := &Settings{2, nil}
	p.Store(a)
	fmt.Println(*p.Load())
	fmt.Println(p.Swap(b) == a, p.Load().Level)
	fmt.Println(p.CompareAndSwap(a, a), p.CompareAndSwap(b, nil), p.Load())
	fmt.Println(p.CompareAndSwap(nil, a), p.Load().Tags)
	c := *a // same contents, different pointer
	fmt.Println(p.CompareAndSwap(&c, b))

	var ip atomic.Pointer[int]
	x, y := 10, 20
	ip.Store(&x)
	*ip.Load() += 5
	fmt.Println(x, *ip.Swap(&y), *ip.Load())

	// untyped pointer functions
	var up unsafe.Pointer
	fmt.Println(atomic.LoadPointer(&up) == nil)
	atomic.StorePointer(&up, unsafe.Pointer(&x))
	fmt.Println(*(*int)(atomic.LoadPointer(&up)))
	old := atomic.SwapPointer(&up, unsafe.Pointer(&y))
	fmt.Println(*(*int)(old), *(*int)(up))
	fmt.Println(atomic.CompareAndSwapPointer(&up, unsafe.Pointer(&x), nil))
	fmt.Println(atomic.CompareAndSwapPointer(&up, unsafe.Pointer(&y), nil), up == nil)

	// fmt shows the blank fields of the typed atomics like Go does
	var zero atomic.Pointer[int]
	fmt.Printf("%v %+v\n", zero, zero)
}

// Output:
// popped all 1000 exactly once: true
// true <nil>
// {1 [x]}
// true 2
// false true <nil>
// true [x]
// false
// 15 15 20
// true
// 15
// 15 20
// false
// true true
// {[] {} <nil>} {_:[] _:{} v:<nil>}
