package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	sq := mapInts(xs, func(x int) int { return x * x })
	fmt.Println(sq)
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev)
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(xs, 1, func(a, b int) int { return a * b }))
	h := compose(adder(1), func(x int) int { return x * 10 })
	fmt.Println(h(4), compose(h, h)(0))
}

// Output:
// [1 4 9 16 25 36]
// [4 16 36]
// 21
// 720
// 50 110
