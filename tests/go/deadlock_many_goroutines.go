package main

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() { a <- 1 }()
	go func() { <-a; <-b }()
	go func() {
		var n chan int
		n <- 1
	}()
	select {}
}

// Fatal: all goroutines are asleep - deadlock!
// StderrHas: goroutine 1 [select (no cases)]:
// StderrHas: main.main.func2()
// StderrHas: main.main.func3()
