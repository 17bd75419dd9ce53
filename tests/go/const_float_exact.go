package main

import "fmt"

func main() {
	const x = 0.1 + 0.2
	fmt.Println(x == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1)
	t := 1.0 / 3
	fmt.Println(t*3 == 1, t)
	const big = 1e100
	fmt.Println(big/1e99 == 10)
	const i = 10 / 4
	const fl = 10 / 4.0
	fmt.Println(i, fl)
	const mixed = 3 / 2 * 2.0
	fmt.Println(mixed)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T\n", x, i, c, 2i)
}

// Output:
// true
// false
// true
// true 0.3333333333333333
// true
// 2 2.5
// 2
// 98 b
// float64 int int32 complex128
