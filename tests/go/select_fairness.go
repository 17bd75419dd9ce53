package main

import "fmt"

func main() {
	// both cases are always ready: each must be chosen about half the time
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 20000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println(counts[0] > 9000, counts[1] > 9000, counts[0]+counts[1])

	// four ready cases, one of them a send
	c := make([]chan int, 3)
	for i := range c {
		c[i] = make(chan int, 1)
	}
	out := make(chan int, 1)
	hits := [4]int{}
	for i := 0; i < 40000; i++ {
		for _, ch := range c {
			if len(ch) == 0 {
				ch <- 0
			}
		}
		if len(out) == 1 {
			<-out
		}
		select {
		case <-c[0]:
			hits[0]++
		case <-c[1]:
			hits[1]++
		case <-c[2]:
			hits[2]++
		case out <- 1:
			hits[3]++
		}
	}
	ok := true
	for _, h := range hits {
		if h < 8500 || h > 11500 {
			ok = false
		}
	}
	fmt.Println("uniform", ok)
}

// Output:
// true true 20000
// uniform true
