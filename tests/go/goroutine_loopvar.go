package main

import (
	"fmt"
	"sort"
)

func main() {
	c := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { c <- i }()
	}
	var got []int
	for i := 0; i < 5; i++ {
		got = append(got, <-c)
	}
	sort.Ints(got)
	fmt.Println(got)

	done := make(chan string)
	for _, s := range []string{"a", "b", "c"} {
		go func() { done <- s }()
	}
	var ss []string
	for i := 0; i < 3; i++ {
		ss = append(ss, <-done)
	}
	sort.Strings(ss)
	fmt.Println(ss)
}

// Output:
// [0 1 2 3 4]
// [a b c]
