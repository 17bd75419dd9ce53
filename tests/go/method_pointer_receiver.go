package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) {
	s.items = append(s.items, v)
}

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack) Len() int { return len(s.items) }

type Counter int

func (c *Counter) Inc() { *c++ }

func (s *Stack) Reset() {
	s = &Stack{}
	_ = s
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Len(), s.items)
	fmt.Println(s.Pop(), s.Pop())
	fmt.Println(s.Len())
	s.Reset()
	fmt.Println(s.Len())
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c)
	ps := &s
	ps.Push(10)
	fmt.Println(s.items)
	var np *Stack
	fmt.Println(np == nil)
}

// Output:
// 3 [1 2 3]
// 3 2
// 1
// 1
// 2
// [1 10]
// true
