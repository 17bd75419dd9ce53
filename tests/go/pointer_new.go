package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 7
	fmt.Println(*p)
	s := new(string)
	*s += "abc"
	fmt.Println(*s, len(*s))
	n := new(Node)
	n.Val = 1
	n.Next = new(Node)
	n.Next.Val = 2
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
	a := new([3]int)
	a[1] = 5
	fmt.Println(*a, len(a))
	sl := new([]int)
	*sl = append(*sl, 1, 2)
	fmt.Println(*sl)
	p2 := new(int)
	fmt.Println(p == p2, *p == *p2)
	m := new(map[string]int)
	fmt.Println(*m == nil)
}

// Output:
// 0
// 7
// abc 3
// 1 2 true
// [0 5 0] 3
// [1 2]
// false false
// true
