package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, p *int, sl []int) {
	return
}

func shadowed(v int) (res int) {
	res = v
	if v > 0 {
		res := v * 100
		_ = res
	}
	return
}

func override() (r int) {
	r = 5
	return 10
}

func counter(n int) (count int, evens int) {
	for i := 0; i < n; i++ {
		count++
		if i%2 == 0 {
			evens++
		}
	}
	return count, evens
}

func main() {
	fmt.Println(split(17))
	n, s, p, sl := zero()
	fmt.Printf("%d %q %v %v %v\n", n, s, p == nil, sl == nil, sl)
	fmt.Println(shadowed(3))
	fmt.Println(override())
	fmt.Println(counter(7))
}

// Output:
// 7 10
// 0 "" true true []
// 3
// 10
// 7 4
