package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty")

type Stack struct{ data []interface{} }

func (s *Stack) Push(v interface{}) { s.data = append(s.data, v) }
func (s *Stack) Pop() (interface{}, error) {
	if len(s.data) == 0 {
		return nil, ErrEmpty
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}
func (s *Stack) Len() int { return len(s.data) }

type Queue struct {
	buf        []int
	head, size int
}

func NewQueue(capacity int) *Queue { return &Queue{buf: make([]int, capacity)} }

func (q *Queue) Enqueue(v int) {
	if q.size == len(q.buf) {
		nb := make([]int, len(q.buf)*2)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue) Dequeue() (int, bool) {
	if q.size == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) bool {
	var st Stack
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top.(rune) != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack
	s.Push(1)
	s.Push("two")
	s.Push(3.0)
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("pop:", err)
			break
		}
		fmt.Printf("%v (%T)\n", v, v)
	}
	q := NewQueue(2)
	for i := 1; i <= 5; i++ {
		q.Enqueue(i * i)
		if i%2 == 0 {
			v, _ := q.Dequeue()
			fmt.Print("deq ", v, "; ")
		}
	}
	fmt.Println("cap", len(q.buf))
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		fmt.Print(v, " ")
	}
	fmt.Println("|")
	for _, t := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q balanced: %v\n", t, balanced(t))
	}
}

// Output:
// 3 (float64)
// two (string)
// 1 (int)
// pop: empty
// deq 1; deq 4; cap 4
// 9 16 25 |
// "([]{})" balanced: true
// "([)]" balanced: false
// "((" balanced: false
// "" balanced: true
// "{[()()]}" balanced: true
