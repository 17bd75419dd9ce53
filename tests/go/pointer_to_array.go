package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	p[0] = 10
	fmt.Println(arr, len(p), cap(p))
	for i, v := range p {
		fmt.Print(" ", i, ":", v)
	}
	fmt.Println()
	s := p[1:3]
	s[0] = 20
	fmt.Println(arr, s)
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(*p)
	var np *[3]int
	fmt.Println(len(np), np == nil)
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// [10 2 3 4] 4 4
//  0:10 1:2 2:3 3:4
// [10 20 3 4] [20 3]
// [20 40 6 8]
// 3 true
// 012
