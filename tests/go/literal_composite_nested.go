package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B Point
}

func main() {
	lines := []Line{
		{Point{0, 0}, Point{1, 1}},
		{A: Point{X: 2}, B: Point{Y: 3}},
		{},
	}
	fmt.Println(lines)
	grid := [][]Point{{{1, 2}, {3, 4}}, {{5, 6}}}
	fmt.Println(grid)
	m := map[string]Point{"o": {}, "p": {1, -1}}
	fmt.Println(m)
	mk := map[Point][]string{{1, 1}: {"a", "b"}}
	fmt.Println(mk)
	arr := [...][2]string{{"a", "b"}, {"c"}}
	fmt.Println(arr, len(arr))
	anon := []struct {
		N string
		V []int
	}{{"x", []int{1}}, {N: "y"}}
	fmt.Printf("%+v\n", anon)
	mm := map[string]map[string]int{"a": {"b": 1}}
	fmt.Println(mm)
}

// Output:
// [{{0 0} {1 1}} {{2 0} {0 3}} {{0 0} {0 0}}]
// [[{1 2} {3 4}] [{5 6}]]
// map[o:{0 0} p:{1 -1}]
// map[{1 1}:[a b]]
// [[a b] [c ]] 2
// [{N:x V:[1]} {N:y V:[]}]
// map[a:map[b:1]]
