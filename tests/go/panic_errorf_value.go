package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Errorf("value %d too large (max %d)", n, 2))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 1; i < 5; i++ {
		check(i)
	}
}

// Output:
// ok 1
// ok 2
// Panic: value 3 too large (max 2)
