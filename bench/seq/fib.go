// fib: naive doubly recursive Fibonacci, fib(35) (size fixed by the benchmark issue).
// Exercises: function calls, small-integer arithmetic, comparison and branching.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Printf("fib(35) = %d\n", fib(35))
}
