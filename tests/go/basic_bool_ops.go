package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	calls++
	fmt.Println("eval", name)
	return false
}

func main() {
	a, b := true, false
	fmt.Println(a && b, a || b, !a, !b, a == b, a != b)
	fmt.Println(f("x") && t("y"))
	fmt.Println(t("x") || f("y"))
	fmt.Println(t("x") && f("y") || t("z"))
	fmt.Println("calls:", calls)
	var z bool
	fmt.Println(z, !z)
	fmt.Printf("%t %v %5t|\n", a, b, a)
	type MyBool bool
	var m MyBool = 3 > 2
	fmt.Println(m, !m)
}

// Output:
// false true false true false true
// eval x
// false
// eval x
// true
// eval x
// eval y
// eval z
// true
// calls: 5
// false true
// true false  true|
// true false
