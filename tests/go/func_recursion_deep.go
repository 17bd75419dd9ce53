package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int, acc [4]int) int {
	if n == 0 {
		return acc[0] + acc[1] + acc[2] + acc[3]
	}
	acc[n%4] += n
	return sumTo(n-1, acc)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(depth(250000))
	fmt.Println(sumTo(100000, [4]int{}))
	fmt.Println(isEven(100001), isOdd(100001))
}

// Output:
// 100000
// 250000
// 5000050000
// false true
