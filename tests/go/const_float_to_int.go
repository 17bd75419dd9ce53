package main

import "fmt"

const F = 5.0
const G = 1e3
const H = 2.5 * 4

func main() {
	var i int = F
	var j int64 = G
	var k uint8 = H
	fmt.Println(i, j, k)
	arr := [F]int{}
	fmt.Println(len(arr))
	s := make([]int, G/100)
	fmt.Println(len(s))
	const big = 1e18
	var b int64 = big
	fmt.Println(b)
	x := int(F) * 3
	fmt.Println(x)
	fmt.Println(1<<10 == G+24)
}

// Output:
// 5 1000 10
// 5
// 10
// 1000000000000000000
// 15
// true
