package main

func main() {
	a := make(chan int)
	b := make(chan string)
	select {
	case <-a:
	case b <- "x":
	}
}

// Fatal: all goroutines are asleep - deadlock!
// StderrHas: goroutine 1 [select]:
