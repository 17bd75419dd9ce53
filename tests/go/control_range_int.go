package main

import "fmt"

// Go 1.22: range over an integer n iterates 0..n-1.
func main() {
	for i := range 5 {
		fmt.Print(" ", i)
	}
	fmt.Println()
	sum := 0
	for range 10 {
		sum++
	}
	fmt.Println(sum)
	n := 3
	for i := range n {
		n = 100 // range expression evaluated once
		fmt.Print(i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %v\n", i, i)
	}
	type Count int
	for c := range Count(2) {
		fmt.Printf("%T %v\n", c, c)
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
}

// Output:
//  0 1 2 3 4
// 10
// 012
// uint8 0
// uint8 1
// uint8 2
// main.Count 0
// main.Count 1
// 0 10 20
