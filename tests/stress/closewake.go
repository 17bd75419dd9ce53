package main

import "fmt"

// Many goroutines block in receives and selects on channels that another
// goroutine closes; each must wake exactly once.
func main() {
	for round := 0; round < 20; round++ {
		gate := make(chan int)
		other := make(chan int)
		woke := make(chan bool, 1000)
		for i := 0; i < 500; i++ {
			if i%2 == 0 {
				go func() {
					_, ok := <-gate
					woke <- !ok
				}()
			} else {
				go func() {
					select {
					case _, ok := <-gate:
						woke <- !ok
					case <-other:
						woke <- false
					}
				}()
			}
		}
		go close(gate)
		n := 0
		for i := 0; i < 500; i++ {
			if <-woke {
				n++
			}
		}
		if n != 500 {
			fmt.Println("round", round, "woke", n)
		}
	}
	fmt.Println("ok")
}

// Output:
// ok
