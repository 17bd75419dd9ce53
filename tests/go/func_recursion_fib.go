package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println(fib(25))
	fmt.Println(fact(20), fact(21))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 55 75025
// 2432902008176640000 14197454024290336768
// 9 61
// move disk 3 from A to B
// move disk 3 from B to C
// moves: 15
