package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func info(xs ...int) {
	fmt.Println(len(xs), xs == nil, xs)
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3, 4))
	fmt.Println(describe("n=", 1, "a", 2.5))
	fmt.Println(describe("none"))
	info()
	info(7, 8)
	f := sum
	fmt.Println(f(10, 20))
	fmt.Printf("%T\n", sum)
}

// Output:
// 0
// 1
// 10
// n=3 [1 a 2.5]
// none0 []
// 0 true []
// 2 false [7 8]
// 30
// func(...int) int
