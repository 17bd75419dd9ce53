// closures: creating and calling closures in a hot loop, N = 10,000,000
// iterations. Each iteration creates an adder closure, composes it with a
// pre-built one into a new closure, calls that through a higher-order
// function, bumps a counter closure that mutates a captured variable, and
// creates and calls a closure capturing the loop variable. Prints the
// accumulator and the counter. Exercises: closure allocation, captured
// variables (read and written), indirect calls.
package main

import "fmt"

const modulus = 1000003

func makeAdder(k int) func(int) int {
	return func(x int) int { return (x + k) % modulus }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func makeCounter() (func(), func() int) {
	count := 0
	inc := func() { count++ }
	get := func() int { return count }
	return inc, get
}

func main() {
	const n = 10000000
	adders := make([]func(int) int, 10)
	for k := 0; k < 10; k++ {
		adders[k] = makeAdder(7*k + 1)
	}
	inc, get := makeCounter()
	acc := 0
	for i := 0; i < n; i++ {
		f := makeAdder(i % 100)
		g := compose(f, adders[i%10])
		acc = apply(g, acc)
		if acc%3 == 0 {
			inc()
		}
		h := func(x int) int { return (3*x + i) % modulus }
		acc = h(acc)
	}
	fmt.Printf("closures n=%d acc=%d count=%d\n", n, acc, get())
}
