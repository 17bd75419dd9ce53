package main

import "fmt"

const (
	Zero = iota
	One
	Two
)

func main() {
	a := [5]int{2: 1, 4: 2}
	fmt.Println(a, len(a))
	b := [...]string{"a", "b", "c"}
	fmt.Println(b, len(b))
	c := [...]int{5: 1, 2, 3}
	fmt.Println(c, len(c))
	d := [...]int{3: 30, 1: 10, 20}
	fmt.Println(d, len(d))
	names := [...]string{Two: "two", Zero: "zero", One: "one"}
	fmt.Println(names)
	e := []int{4: 9}
	fmt.Println(e, len(e), cap(e))
	fmt.Printf("%T %T\n", b, c)
	var f [3]bool
	f[1] = true
	fmt.Println(f)
}

// Output:
// [0 0 1 0 2] 5
// [a b c] 3
// [0 0 0 0 0 1 2 3] 8
// [0 10 20 30] 4
// [zero one two]
// [0 0 0 0 9] 5 5
// [3]string [8]int
// [false true false]
