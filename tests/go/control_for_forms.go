package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println("| three-clause")
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n, "| condition only")
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println(count, "| infinite with break")
	i := 10
	for ; i > 0; i -= 4 {
	}
	fmt.Println(i, "| empty init")
	for j, k := 0, 10; j < k; j, k = j+1, k-2 {
		fmt.Print(j, ",", k, " ")
	}
	fmt.Println("| parallel vars")
	sum := 0
	for x := 0; x < 10; x++ {
		if x%3 == 0 {
			continue
		}
		sum += x
	}
	fmt.Println(sum, "| continue")
	var m int
	for m = 0; m < 3; m++ {
	}
	fmt.Println(m, "| outer var")
}

// Output:
// 0 1 2 | three-clause
// 243 | condition only
// 5 | infinite with break
// -2 | empty init
// 0,10 1,8 2,6 3,4 | parallel vars
// 27 | continue
// 3 | outer var
