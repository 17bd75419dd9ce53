package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		n, ok := <-in
		if !ok {
			done <- name + " done"
			return
		}
		if n >= 10 {
			close(out)
			done <- name + " won at " + fmt.Sprint(n)
			return
		}
		out <- n + 1
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", a, b, done)
	go player("pong", b, a, done)
	a <- 0
	r1, r2 := <-done, <-done
	if r1 > r2 {
		r1, r2 = r2, r1
	}
	fmt.Println(r1)
	fmt.Println(r2)
}

// Output:
// ping won at 10
// pong done
