package main

import "fmt"

func main() {
	m := map[[2]int]string{}
	m[[2]int{1, 2}] = "one-two"
	m[[2]int{2, 1}] = "two-one"
	k := [2]int{1, 2}
	fmt.Println(m[k], len(m))
	k[0] = 2
	fmt.Println(m[k])
	fmt.Println(m)
	counts := map[[3]byte]int{}
	for _, w := range []string{"abcd", "abce", "xyz1", "abcz"} {
		var key [3]byte
		copy(key[:], w)
		counts[key]++
	}
	fmt.Println(counts[[3]byte{'a', 'b', 'c'}], counts[[3]byte{'x', 'y', 'z'}])
}

// Output:
// one-two 2
//
// map[[1 2]:one-two [2 1]:two-one]
// 3 1
