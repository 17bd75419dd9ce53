package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	fmt.Println(s[0], s[999], s[1999])
}

// Output:
// 1 1
// 2 2
// 3 4
// 5 8
// 9 16
// 17 32
// 33 64
// 65 128
// 129 256
// 257 512
// 513 848
// 849 1280
// 1281 1792
// 1793 2560
// 0 999 1999
