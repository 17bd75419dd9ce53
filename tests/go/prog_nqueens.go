package main

import "fmt"

func solve(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int(nil), pos...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func main() {
	for n := 1; n <= 8; n++ {
		c, f := solve(n)
		fmt.Println(n, c, f)
	}
	_, f := solve(6)
	for _, c := range f {
		row := []byte("......")
		row[c] = 'Q'
		fmt.Println(string(row))
	}
}

// Output:
// 1 1 [0]
// 2 0 []
// 3 0 []
// 4 2 [1 3 0 2]
// 5 10 [0 2 4 1 3]
// 6 4 [1 3 5 0 2 4]
// 7 40 [0 2 4 6 1 3 5]
// 8 92 [0 4 7 5 2 6 1 3]
// .Q....
// ...Q..
// .....Q
// Q.....
// ..Q...
// ....Q.
