package main

import "fmt"

// Workers select over sends and receives on a shared unbuffered channel,
// sends on a buffered one, a nil channel and a done channel that main
// closes while they wait. Every send on the unbuffered channel must pair
// with exactly one receive.
func main() {
	const workers, fromB = 16, 20000
	a := make(chan int)
	b := make(chan int, 4)
	done := make(chan struct{})
	type counts struct{ sentA, recvA, sentB int }
	results := make(chan counts)
	for w := 0; w < workers; w++ {
		go func() {
			var c counts
			var never chan int
			for {
				select {
				case a <- 1:
					c.sentA++
				case v := <-a:
					c.recvA += v
				case b <- 1:
					c.sentB++
				case <-never:
					panic("nil channel chosen")
				case <-done:
					results <- c
					return
				}
			}
		}()
	}
	for i := 0; i < fromB; i++ {
		<-b
	}
	close(done)
	var t counts
	for w := 0; w < workers; w++ {
		r := <-results
		t.sentA += r.sentA
		t.recvA += r.recvA
		t.sentB += r.sentB
	}
	fmt.Println(t.sentA == t.recvA, t.sentB == fromB+len(b))
}

// Output:
// true true
