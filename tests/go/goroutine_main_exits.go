package main

import "fmt"

func spin(c chan int) {
	n := 0
	for {
		n++
		if n == 1000 {
			c <- n
		}
	}
}

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go spin(c)
	}
	fmt.Println(<-c)
	// returning from main ends the program; spinning goroutines do not keep it alive
}

// Output:
// 1000
