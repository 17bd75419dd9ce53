package main

import "fmt"

type S string

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1.5, true, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(S("named"), S("strings"), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print('a', 'b', "\n")
	s := fmt.Sprint("a", 1, 2, "b", 3.0, 4)
	fmt.Println(s)
	s = fmt.Sprintln("a", 1, 2)
	fmt.Printf("%q\n", s)
	var ip *int
	fmt.Print(ip, ip, "\n")
}

// Output:
// ab
// 1 2
// 1x2
// x1 2y
// 1.5 true
// true false
// namedstrings
// [1] [2]
// <nil> <nil>
// 97 98
// a1 2b3 4
// "a 1 2\n"
// <nil> <nil>
