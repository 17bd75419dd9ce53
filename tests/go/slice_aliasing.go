package main

import "fmt"

func setFirst(s []int, v int) {
	s[0] = v
}

func appendOne(s []int) []int {
	return append(s, 42)
}

func main() {
	base := []int{1, 2, 3, 4, 5}
	a := base[1:3]
	b := base[2:5]
	a[1] = 30
	fmt.Println(base, a, b)
	setFirst(b, 300)
	fmt.Println(base, a, b)
	c := appendOne(a)
	fmt.Println(base, c)
	d := make([]int, 3, 3)
	e := appendOne(d)
	e[0] = 7
	fmt.Println(d, e)
	grid := [][]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[1] = 20
	fmt.Println(grid)
	shared := make([]int, 0, 10)
	x := append(shared, 1)
	y := append(shared, 2)
	fmt.Println(x, y)
}

// Output:
// [1 2 30 4 5] [2 30] [30 4 5]
// [1 2 300 4 5] [2 300] [300 4 5]
// [1 2 300 42 5] [2 300 42]
// [0 0 0] [7 0 0 42]
// [[1 20] [3 4]]
// [2] [2]
