package main

import "fmt"

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func printAll(args ...interface{}) {
	fmt.Println(len(args), args)
}

func main() {
	s := []int{1, 2, 3}
	modify(s...)
	fmt.Println(s)
	modify(4, 5)
	words := []string{"a", "b", "c"}
	fmt.Println(join("-", words...))
	fmt.Println(join("+", words[1:]...))
	fmt.Println(join(","))
	var none []string
	fmt.Println(join("x", none...) == "")
	vals := []interface{}{1, "two", 3.0}
	printAll(vals...)
	printAll(vals)
	fmt.Println(vals...)
}

// Output:
// [-1 2 3]
// a-b-c
// b+c
//
// true
// 3 [1 two 3]
// 1 [[1 two 3]]
// 1 two 3
