package main

import "fmt"

func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func makeAccumulator(start int) (func(int), func() int) {
	total := start
	add := func(n int) { total += n }
	get := func() int { return total }
	return add, get
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2(), c2())
	fmt.Println(c1())
	add, get := makeAccumulator(100)
	add(5)
	add(-20)
	fmt.Println(get())
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
}

// Output:
// 1 2 3
// 1 2
// 4
// 85
// 0,1,1,2,3,5,8,13,21,34,
