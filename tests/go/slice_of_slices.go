package main

import "fmt"

func main() {
	n := 4
	tri := make([][]int, n)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
	for _, row := range tri {
		fmt.Println(len(row), row)
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	jag[1] = append(jag[1], "z")
	fmt.Println(jag, len(jag[1]))
	flat := []int{}
	for _, r := range tri {
		flat = append(flat, r...)
	}
	fmt.Println(flat)
}

// Output:
// [[1] [1 1] [1 2 1] [1 3 3 1]]
// 1 [1]
// 2 [1 1]
// 3 [1 2 1]
// 4 [1 3 3 1]
// [[a] [z] [b c]] 1
// [1 1 1 1 2 1 1 3 3 1]
