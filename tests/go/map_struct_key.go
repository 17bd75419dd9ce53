package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	P    Point
}

func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{2, 1}] = "b"
	grid[Point{1, 2}] += "c"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{2, 1}])
	fmt.Println(grid)
	k := map[Key]int{{"x", Point{0, 0}}: 1}
	k[Key{"x", Point{0, 0}}]++
	k[Key{"y", Point{0, 0}}] = 5
	fmt.Println(k[Key{"x", Point{}}], len(k))
	fmt.Println(k)
	p := Point{3, 4}
	grid[p] = "d"
	p.X = 100
	fmt.Println(grid[Point{3, 4}], grid[p] == "")
}

// Output:
// 2 ac b
// map[{1 2}:ac {2 1}:b]
// 2 2
// map[{x {0 0}}:2 {y {0 0}}:5]
// d true
