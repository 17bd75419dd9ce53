package main

func main() {
	c := make(chan int, 1)
	close(c)
	c <- 1
}

// Panic: send on closed channel
