package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1, 2, 3)
	fmt.Println(len(s), cap(s))
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 10)...)
	fmt.Println(len(s), cap(s))
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	var b []byte
	b = append(b, "hello, world"...)
	fmt.Println(len(b), cap(b), string(b))
	b = append(b, 'x')
	fmt.Println(len(b), cap(b))
	big := make([]int, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := make([]int64, 1000)
	big2 = append(big2, 1)
	fmt.Println(len(big2), cap(big2))
	e := append([]int(nil), 7)
	fmt.Println(e, len(e), cap(e))
	x := make([]int, 5, 5)
	y := append(x[:2], 100, 200, 300, 400, 500)
	fmt.Println(x, y, len(y), cap(y))
	var st []string
	for i := 0; i < 20; i++ {
		st = append(st, "s")
		fmt.Print(" ", cap(st))
	}
	fmt.Println()
}

// Output:
// 3 3
// 8 8
// 18 18
// 19 36
// 12 16 hello, world
// 13 16
// 301 608
// 1001 1536
// [7] 1 1
// [0 0 0 0 0] [0 0 100 200 300 400 500] 7 10
//  1 2 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32
