package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println("done1")

	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)

	count := 0
loop:
	for {
		switch {
		case count >= 3:
			break loop
		default:
			count++
		}
	}
	fmt.Println("count", count)

	n := 0
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k > j {
					continue rows
				}
				n++
			}
		}
	}
	fmt.Println("n", n)
}

// Output:
// 0 0 0 1 1 0 1 1 2 0 2 1 done1
// negative at 1 1
// true
// count 3
// n 3
