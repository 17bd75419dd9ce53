package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true, nil, 'x', 2.5)
	fmt.Println()
	fmt.Println("")
	fmt.Printf("%q\n", fmt.Sprintln("", ""))
	fmt.Println(1)
	fmt.Println([]int{1}, map[int]int{1: 2}, struct{}{})
	var e error
	fmt.Println(e, "after nil")
	n, err := fmt.Println("count", 12)
	fmt.Println(n, err)
}

// Output:
// a b 1 2 true <nil> 120 2.5
//
//
// " \n"
// 1
// [1] map[1:2] {}
// <nil> after nil
// count 12
// 9 <nil>
