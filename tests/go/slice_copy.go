package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	var nilS []int
	fmt.Println(copy(nilS, src), copy(src, nilS))
	arr := [4]string{"a", "b", "c", "d"}
	copy(arr[:], []string{"X", "Y"})
	fmt.Println(arr)
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0 0]
// 6 [0 1 0 1 2 3 4 5]
// 5 [3 4 5 6 7 5 6 7]
// 5 [104 195 169 108 108] héll
// 0 0
// [X Y c d]
