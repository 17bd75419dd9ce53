package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	done := make(chan bool)
	for _, c := range cs {
		go func() {
			for n := range c {
				out <- n
			}
			done <- true
		}()
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(n)
	}
	in := gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	sum := 0
	for n := range merge(sq(in), sq(in), sq(in)) {
		sum += n
	}
	fmt.Println("sum of squares", sum)
}

// Output:
// 1
// 16
// 81
// sum of squares 385
